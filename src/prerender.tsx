/**
 * The first slide as static HTML, put into index.html at build time (vite.config.ts), so the title
 * is on screen with the first paint, before any JavaScript has run. The deck removes it once its own
 * first slide is painted (src/deck/prerendered.ts); key presses in between are kept and replayed.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { PaletteStyle } from './deck/PaletteStyle';
import { EARLY_SCRIPT } from './deck/prerendered';
import { SLIDE_PADDING, SLIDE_SIZE } from './deck/slideSize';
import { StaticSlide } from './deck/StaticSlide';
import { SLIDES } from '../slides';

/** The markup that goes right after <div id="root"> in index.html: palette, slide, inline script. */
export async function renderFirstSlide(): Promise<string> {
  const meta = SLIDES[0];
  const Body = await meta.load();
  const slide = renderToStaticMarkup(
    <div
      className="prerendered-slide"
      style={{ width: SLIDE_SIZE.width, height: SLIDE_SIZE.height, padding: SLIDE_PADDING, boxSizing: 'border-box' }}
    >
      <StaticSlide meta={meta} Body={Body} step={0} />
      <div className="deck-footer">
        <span>Vom Token zur Antwort</span>
        <span>
          Folie 1 von {SLIDES.length}
        </span>
      </div>
    </div>,
  );
  const palette = renderToStaticMarkup(<PaletteStyle />);
  return `${palette}<div id="prerendered" aria-hidden="true">${slide}</div><script>${EARLY_SCRIPT}</script>`;
}
