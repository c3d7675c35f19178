// The two decks the benchmark drives: the lecture deck and the reveal.js reference. Everything
// the browser measures is written once against this description.

export type Target = {
  key: 'deck' | 'reveal';
  /** How the table names it. */
  label: string;
  /** The served root, e.g. http://127.0.0.1:4711/ */
  url: string;
  /** Where a walk starts: the first slide, first step. */
  start: string;
  /** CSS selector of the title slide's heading. */
  title: string;
  /** CSS selector of every slide heading, to tell which slide is on screen. */
  headings: string;
  /** In-page expression giving the current slide and step as a string (changes with every step). */
  position: string;
};

export function deckTarget(url: string): Target {
  return {
    key: 'deck',
    label: 'Deck',
    url,
    start: `${url}?slideIndex=0&stepIndex=0`,
    title: '.slide-title',
    headings: '.slide-title',
    position: 'location.search',
  };
}

export function revealTarget(url: string): Target {
  return {
    key: 'reveal',
    label: 'reveal.js',
    url,
    start: `${url}#/0`,
    title: '.reveal .slides > section:first-child > h1',
    headings: '.reveal .slides > section > h1, .reveal .slides > section > h2',
    position: 'JSON.stringify(window.__reveal.getIndices())',
  };
}

// The in-page scripts are strings: tsx would wrap named functions in a helper the page lacks.

/** In-page function source: is this element painted on screen (not hidden, not transparent, in the viewport)? */
export const IS_SHOWN = `(element) => {
  if (!element.textContent || !element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 && rect.right > 0 && rect.bottom > 0 && rect.left < innerWidth && rect.top < innerHeight;
}`;

/** In-page expression: the texts of the headings on screen, joined; empty before any slide is up. */
export function shownHeadings(target: Target): string {
  return `[...document.querySelectorAll(${JSON.stringify(target.headings)})].filter(${IS_SHOWN}).map((e) => e.textContent.trim()).join(' | ')`;
}
