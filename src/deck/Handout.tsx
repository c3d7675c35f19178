import { useEffect, useState, type ComponentType } from 'react';
import { loadKatex } from '../components/Tex';
import type { HandoutOptions } from './handoutOptions';
import type { SlideMeta } from './manifest';
import { PaletteStyle } from './PaletteStyle';
import { StaticSlide } from './StaticSlide';
import './handout.css';

export const DECK_NAME = 'Vom Token zur Antwort';

/** The pages of the handout: every step of every slide, or each slide's last step. */
export function handoutPages(slides: readonly SlideMeta[], finalOnly: boolean) {
  return slides.flatMap((meta, slideIndex) => {
    const steps = finalOnly ? [meta.steps] : Array.from({ length: meta.steps + 1 }, (_, step) => step);
    return steps.map((step, i) => ({ meta, slideIndex, step, first: i === 0 }));
  });
}

type State = { status: 'loading' } | { status: 'ready'; bodies: readonly ComponentType[] } | { status: 'error'; message: string };

/**
 * The PDF handout as one print document: every step of every slide rendered from the manifest,
 * each on its own 16:9 page (taller with notes), demos in their default state, no animation.
 * `npm run export:pdf` prints it with one `page.pdf` call; it sets `data-handout-ready` on <html>
 * when every body, formula and font is in place. Only each slide's first page has its title as a
 * heading, so the PDF's bookmarks list every slide once.
 */
export function Handout({ slides, options }: { slides: readonly SlideMeta[]; options: HandoutOptions }) {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    Promise.all([Promise.all(slides.map((meta) => meta.load())), loadKatex()]).then(
      ([bodies]) => current && setState({ status: 'ready', bodies }),
      (error: unknown) => current && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [slides]);

  useEffect(() => {
    if (state.status === 'loading') return;
    let current = true;
    void document.fonts.ready.then(() => {
      if (current) document.documentElement.dataset.handoutReady = state.status === 'ready' ? 'true' : 'error';
    });
    return () => {
      current = false;
    };
  }, [state.status]);

  if (state.status === 'loading') return <p className="handout-status">Handout wird vorbereitet …</p>;
  if (state.status === 'error') {
    return (
      <p role="alert" className="handout-status">
        Das Handout konnte nicht geladen werden: {state.message}
      </p>
    );
  }
  const pages = handoutPages(slides, options.finalOnly);
  return (
    <>
      <PaletteStyle />
      <main className="handout">
        {pages.map((page) => (
          <HandoutPage
            key={`${page.meta.id}-${page.step}`}
            {...page}
            Body={state.bodies[page.slideIndex]}
            slideCount={slides.length}
            notes={options.notes}
          />
        ))}
      </main>
    </>
  );
}

type HandoutPageProps = ReturnType<typeof handoutPages>[number] & {
  Body: ComponentType;
  slideCount: number;
  notes: boolean;
};

/** One page: the slide at one step with its footer, and the notes under it when asked for. */
function HandoutPage({ meta, slideIndex, step, first, Body, slideCount, notes }: HandoutPageProps) {
  const [notesBox, setNotesBox] = useState<HTMLElement | null>(null);
  return (
    <section
      className="handout-page"
      data-slide-index={slideIndex}
      data-step-index={step}
      aria-label={first ? undefined : `${meta.title}, Schritt ${step + 1}`}
    >
      <div className="handout-slide">
        <StaticSlide meta={meta} Body={Body} step={step} notesTarget={notesBox} titleIsHeading={first} />
        <footer className="deck-footer">
          <span>{DECK_NAME}</span>
          <span>
            Folie {slideIndex + 1} von {slideCount}
          </span>
        </footer>
      </div>
      {notes && (
        <aside className="handout-notes" aria-label="Sprechernotizen" ref={setNotesBox}>
          <p className="handout-notes-heading">
            Sprechernotizen · Folie {slideIndex + 1} von {slideCount}
          </p>
        </aside>
      )}
    </section>
  );
}
