import { useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { loadKatex } from '../../components/Tex';
import type { HandoutOptions } from '../../shell/modes';
import { HandoutInk, handoutInk, inkSourceOf } from '../ink/handoutInk';
import type { Stroke } from '../ink/model';
import type { SlideMeta } from '../../shell/manifest';
import { DeckApiContext, NO_DECK, type DeckApi } from '../../shell/deckApi';
import { PaletteStyle } from '../../theme/PaletteStyle';
import { StaticSlide } from '../../shell/StaticSlide';
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
  const ink = useMemo(() => handoutInk(window.__VOM_TOKEN_INK__, slides), [slides]);
  // No deck to move, but the slides' order: a page can name the slide it refers to („→ Folie 5“).
  const deck = useMemo<DeckApi>(() => ({ ...NO_DECK, slideCount: slides.length, slideIds: slides.map((meta) => meta.id) }), [slides]);
  const [state, setState] = useState<State>(() =>
    ink && !ink.ok ? { status: 'error', message: `${inkSourceOf(window.__VOM_TOKEN_INK__)} ist ungültig: ${ink.message}` } : { status: 'loading' },
  );

  useEffect(() => {
    if (ink && !ink.ok) return;
    let current = true;
    Promise.all([Promise.all(slides.map((meta) => meta.load())), loadKatex()]).then(
      ([bodies]) => current && setState({ status: 'ready', bodies }),
      (error: unknown) => current && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [slides, ink]);

  const pagesRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (state.status === 'loading') return;
    let current = true;
    // A part of a body that still loads (a BPE vocabulary, a formula) says so with aria-busy; the
    // pages are ready when none is busy any more and the fonts their text needs are in.
    const root = pagesRef.current;
    void (root ? untilNotBusy(root) : Promise.resolve())
      .then(() => document.fonts.ready)
      .then(() => {
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
  const strokes = ink?.ok ? ink.strokes : [];
  return (
    <>
      <PaletteStyle />
      <DeckApiContext.Provider value={deck}>
        {/* The export script reads what was drawn and what was left out of the ink file from here. */}
        <main ref={pagesRef} className="handout" data-ink-strokes={strokes.length} data-ink-problems={ink?.ok ? JSON.stringify(ink.problems) : undefined}>
          {pages.map((page) => (
            <HandoutPage
              key={`${page.meta.id}-${page.step}`}
              {...page}
              Body={state.bodies[page.slideIndex]}
              slideCount={slides.length}
              notes={options.notes}
              summary={options.finalOnly}
              strokes={strokes}
            />
          ))}
        </main>
      </DeckApiContext.Provider>
    </>
  );
}

/** Resolves once nothing under `root` is `aria-busy="true"`. */
function untilNotBusy(root: HTMLElement): Promise<void> {
  const busy = () => root.querySelector('[aria-busy="true"]') !== null;
  if (!busy()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (busy()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
  });
}

type HandoutPageProps = ReturnType<typeof handoutPages>[number] & {
  Body: ComponentType;
  slideCount: number;
  notes: boolean;
  /** One page per slide (`--final-only`): the page shows every view of the slide. */
  summary: boolean;
  /** The lecturer's ink (npm run export:pdf -- --ink FILE): drawn over the pages it belongs to. */
  strokes: readonly Stroke[];
};

/** One page: the slide at one step with its footer, and the notes under it when asked for. */
function HandoutPage({ meta, slideIndex, step, first, Body, slideCount, notes, summary, strokes }: HandoutPageProps) {
  const [notesBox, setNotesBox] = useState<HTMLElement | null>(null);
  return (
    <section
      className="handout-page"
      data-slide-index={slideIndex}
      data-step-index={step}
      aria-label={first ? undefined : `${meta.title}, Schritt ${step + 1}`}
    >
      <div className="handout-slide">
        <StaticSlide meta={meta} Body={Body} step={step} notesTarget={notesBox} titleIsHeading={first} summary={summary} />
        <footer className="deck-footer">
          <span>{DECK_NAME}</span>
          <span>
            Folie {slideIndex + 1} von {slideCount}
          </span>
        </footer>
        <HandoutInk strokes={strokes} slide={meta.id} step={step} />
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
