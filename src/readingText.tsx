/**
 * The reading view's text, rendered at build time (vite.config.ts, virtual module
 * "virtual:reading-text"): every slide's notes as HTML, and the words of its body at its last step
 * as plain text. The reading view shows the notes under every slide at once and the body text in
 * the place of a body that has not mounted yet, so the browser's find (Ctrl+F) finds every word of
 * the lecture without all 38 bodies mounted; the notes need no slide chunk at run time.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReadingText } from './features/reading/readingText';
import { SlideStepProvider, type SlideMode } from './shell/slideStep';
import { SLIDES } from '../slides';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", nbsp: ' ' };

/** Plain text of static markup: formulas (still TeX source in a static render) left out, blocks on lines of their own. */
export function textOfMarkup(html: string): string {
  return html
    .replace(/<span class="tex[^"]*tex-pending"[^>]*>[^<]*<\/span>/g, ' ')
    .replace(/<(title|desc|style|script)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<\/?(p|div|li|h[1-6]|tr|section|figure|figcaption|caption|dt|dd|ul|ol|table|br|text)\b[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

export async function renderReadingText(): Promise<ReadingText> {
  const text: Record<string, { notes: string; body: string }> = {};
  for (const meta of SLIDES) {
    const Body = await meta.load();
    const render = (mode: SlideMode) =>
      renderToStaticMarkup(
        <SlideStepProvider value={{ step: meta.steps, steps: meta.steps, mode, notesTarget: null }}>
          <Body />
        </SlideStepProvider>,
      );
    // The body as the handout renders it (static: no animation, no notes), only its words kept.
    text[meta.id] = { notes: render('notes'), body: textOfMarkup(render('static')) };
  }
  return text;
}
