/**
 * The first slide as static HTML, put into index.html at build time (vite.config.ts), so the title
 * is on screen with the first paint, before any JavaScript has run; with it the next view (the
 * first click's), which the inline script shows when → is pressed before the app has loaded. The
 * deck removes both once its own slide is painted (src/shell/prerendered.ts); other key presses in
 * between are kept and replayed.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { ComponentType } from 'react';
import type { SlideMeta } from './shell/manifest';
import { PaletteStyle } from './theme/PaletteStyle';
import { EARLY_SCRIPT } from './shell/prerendered';
import { SLIDE_PADDING, SLIDE_SIZE } from './theme/slideSize';
import { StaticSlide } from './shell/StaticSlide';
import { SLIDES } from '../slides';

function PrerenderedView({ meta, Body, slideIndex, step, hidden }: { meta: SlideMeta; Body: ComponentType; slideIndex: number; step: number; hidden: boolean }) {
  const progress = SLIDES.length > 1 ? slideIndex / (SLIDES.length - 1) : 1;
  return (
    <div
      className="prerendered-slide"
      hidden={hidden}
      data-query={`slideIndex=${slideIndex}&stepIndex=${step}`}
      style={{ width: SLIDE_SIZE.width, height: SLIDE_SIZE.height, padding: SLIDE_PADDING, boxSizing: 'border-box' }}
    >
      <StaticSlide meta={meta} Body={Body} step={step} />
      <div className="deck-footer">
        <span>Vom Token zur Antwort</span>
        <span>
          Folie {slideIndex + 1} von {SLIDES.length}
        </span>
      </div>
      <div className="deck-progress" style={{ width: `${progress * 100}%` }} />
    </div>
  );
}

/** The markup that goes right after <div id="root"> in index.html: palette, the two views, inline script. */
export async function renderFirstSlide(): Promise<string> {
  const first = SLIDES[0];
  // The view after the first click: the first slide's next step, or the second slide.
  const next = first.steps > 0 ? { slideIndex: 0, step: 1 } : { slideIndex: 1, step: 0 };
  const views = [{ slideIndex: 0, step: 0 }, next];
  const bodies = await Promise.all(views.map((view) => SLIDES[view.slideIndex].load()));
  const markup = renderToStaticMarkup(
    <>
      {views.map((view, i) => (
        <PrerenderedView key={i} meta={SLIDES[view.slideIndex]} Body={bodies[i]} slideIndex={view.slideIndex} step={view.step} hidden={i > 0} />
      ))}
    </>,
  );
  const palette = renderToStaticMarkup(<PaletteStyle />);
  return `${palette}<div id="prerendered" aria-hidden="true">${markup}</div><script>${EARLY_SCRIPT}</script>`;
}
