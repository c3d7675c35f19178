/// <reference types="vite/client" />
// The reveal.js reference deck: the lecture outline as plain reveal.js slides, one per section,
// its bullet points as fragments. Built only for the benchmark (see bench/reveal/vite.config.ts).
import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-600.css';
import 'reveal.js/reveal.css';
import './theme.css';
import Reveal from 'reveal.js';

const deck = new Reveal({
  hash: true,
  width: 1366,
  height: 768,
  // reveal.js' math plugin fetches KaTeX from a CDN; the reference renders with the bundled KaTeX
  // instead, loaded after the first slide is up, as the lecture deck does.
  plugins: [],
});

// The benchmark reads the position (slide and fragment indices) from here.
(window as unknown as { __reveal: typeof deck }).__reveal = deck;

void deck.initialize().then(async () => {
  const [{ default: katex }] = await Promise.all([import('katex'), import('katex/dist/katex.min.css')]);
  for (const element of document.querySelectorAll<HTMLElement>('[data-tex]')) {
    katex.render(element.dataset.tex ?? '', element, { throwOnError: false, displayMode: element.tagName === 'DIV' });
  }
});
