import { LazyMotion, MotionConfig } from 'framer-motion';
import { memo, useCallback, type ComponentType, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { afterFirstPaint } from '../../components/afterFirstPaint';
import { DeckApiContext, NO_DECK, type DeckApi, type DeckView } from '../../shell/deckApi';
import { LoadedBody } from '../../shell/LoadedBody';
import { kickerOf, type SlideMeta } from '../../shell/manifest';
import { PaletteStyle } from '../../theme/PaletteStyle';
import { usePrefersReducedMotion } from '../../theme/reducedMotion';
import { useSlideBody } from '../../shell/slideBodies';
import { registerKeyLayer } from '../../shell/inputRouter';
import { useStoredPreference } from '../../shell/storedPreference';
import { useReaderSync } from '../../shell/useDeckSync';
import { readingLocation, readingTarget, slideAnchor, slidesHref, type ReadingTarget } from '../../shell/readingLink';
import type { ReadingText } from './readingText';
import './reading.css';

export interface ReadingSection {
  readonly number: number;
  readonly title: string;
}

type ReadingViewProps = {
  slides: readonly SlideMeta[];
  /** The outline's sections, for the table of contents and the header. */
  sections: readonly ReadingSection[];
  /** Notes and body text of every slide, rendered at build time (src/readingText.tsx). */
  text: ReadingText;
  /**
   * A view to follow (the lecturer's, in the hall: src/features/hall): each new one is scrolled to,
   * and its slide shows exactly its step. Null or absent: the reader alone decides.
   */
  followView?: DeckView | null;
  /**
   * Drawn over each slide's body (the lecturer's ink: src/features/ink/ReadingInk.tsx), given the
   * slide's id and the step its section shows. Absent: nothing over the bodies.
   */
  SlideOverlay?: ComponentType<SlideOverlayProps>;
};

export type SlideOverlayProps = { readonly slideId: string; readonly step: number };

/** How far from the viewport a body mounts: one and a half screens above and below. */
const MOUNT_MARGIN = '150% 0px 150% 0px';
/** The reading line: the slide crossing it (30 % from the top) is the current one. */
const CURRENT_MARGIN = '-30% 0px -69% 0px';
/**
 * A step appears when its place in the body has come up to 70 % of the screen height. The region
 * reaches far above the screen, so that a place that went past the line in one jump (a fling, a
 * link) still counts as passed.
 */
const STEP_MARGIN = '100000px 0px -30% 0px';

// The animation engine, as in the slide view (LectureDeck): after the first paint.
const loadMotionFeatures = () =>
  afterFirstPaint()
    .then(() => import('../../theme/motionFeatures'))
    .then((module) => module.default);

/** The reader's choice "all steps at once", remembered in the browser. */
const ALL_STEPS_KEY = 'vom-token-zur-antwort.reading.allSteps';

/** One IntersectionObserver for many elements, each with its own callback. */
function createWatcher(rootMargin: string) {
  const callbacks = new Map<Element, (entry: IntersectionObserverEntry) => void>();
  let observer: IntersectionObserver | null = null;
  const ensure = () => {
    if (observer || typeof IntersectionObserver === 'undefined') return observer;
    observer = new IntersectionObserver((entries) => {
      for (const entry of entries) callbacks.get(entry.target)?.(entry);
    }, { rootMargin });
    return observer;
  };
  return {
    watch(element: Element, callback: (entry: IntersectionObserverEntry) => void) {
      callbacks.set(element, callback);
      ensure()?.observe(element);
      return () => {
        callbacks.delete(element);
        observer?.unobserve(element);
      };
    },
  };
}

/**
 * The whole lecture as one page that scrolls (`?view=read`, and on a phone held upright): every
 * slide a section with its title, its body reflowed into one column at phone width with the live
 * demos working, and its notes below as „Erklärung“. Bodies mount only near the viewport; titles,
 * notes and the words of every body are always in the page, so the browser's find finds them.
 * Steps appear one after another as the reader scrolls, or all at once (the reader's switch). The
 * address follows the reader (`#folie-N`, replaceState), so a reload comes back to the same slide.
 * The view never drives or follows other windows' slides; it shares only the demo state.
 */
export function ReadingView({ slides, sections, text, followView = null, SlideOverlay }: ReadingViewProps) {
  useReaderSync();
  const [allSteps, setAllSteps] = useStoredPreference(ALL_STEPS_KEY, (raw) => raw === 'true');
  const reducedMotion = usePrefersReducedMotion();
  const [target] = useState<ReadingTarget | null>(() =>
    readingTarget(
      window.location.search,
      window.location.hash,
      slides.map((meta) => meta.steps),
    ),
  );
  const [current, setCurrent] = useState(target?.slideIndex ?? 0);
  const [tocOpen, setTocOpen] = useState(false);
  const mountWatcher = useMemo(() => createWatcher(MOUNT_MARGIN), []);
  const stepWatcher = useMemo(() => createWatcher(STEP_MARGIN), []);
  const currentWatcher = useMemo(() => createWatcher(CURRENT_MARGIN), []);
  const crossing = useRef(new Set<number>());
  const currentRef = useRef(current);

  // The reading view is a page: it scrolls, and its own code puts the reader back on reload.
  useLayoutEffect(() => {
    document.documentElement.classList.add('reading-page');
    document.getElementById('prerendered')?.remove();
    if ('scrollRestoration' in window.history) window.history.scrollRestoration = 'manual';
    return () => document.documentElement.classList.remove('reading-page');
  }, []);

  // Opened with a link: to that slide, before the first paint. Bodies mounting above it later do
  // not move it (the browser's scroll anchoring); once the fonts are in, it is put right once more,
  // unless the reader has moved on.
  useLayoutEffect(() => {
    if (!target) return;
    const id = slideAnchor(target.slideIndex);
    document.getElementById(id)?.scrollIntoView({ block: 'start' });
    let current = true;
    void document.fonts?.ready.then(() => {
      if (current && currentRef.current === target.slideIndex) document.getElementById(id)?.scrollIntoView({ block: 'start' });
    });
    return () => {
      current = false;
    };
  }, [target]);

  useEffect(() => {
    if (!tocOpen) return;
    // Escape closes the table of contents; not taken, so the browser's own Escape still works.
    return registerKeyLayer('reading', {
      run: (binding) => {
        if (binding.command === 'close-contents') setTocOpen(false);
        return false;
      },
    });
  }, [tocOpen]);

  const onCrossing = useCallback((index: number, isCrossing: boolean) => {
    if (isCrossing) crossing.current.add(index);
    else crossing.current.delete(index);
    if (crossing.current.size === 0) return;
    const next = Math.min(...crossing.current);
    currentRef.current = next;
    setCurrent(next);
    const location = readingLocation(window.location.search, next);
    if (`${window.location.search}${window.location.hash}` !== location) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${location}`);
    }
  }, []);

  const scrollToSlide = useCallback(
    (slideIndex: number) => {
      const element = document.getElementById(slideAnchor(slideIndex));
      element?.scrollIntoView({ block: 'start', behavior: reducedMotion ? 'auto' : 'smooth' });
      element?.querySelector<HTMLElement>('.reading-slide-title')?.focus({ preventScroll: true });
    },
    [reducedMotion],
  );

  // Following the lecturer: to each new view, at once (a long smooth scroll would mount every body
  // on the way): the part its step reveals, or the slide's start (step 0, or a body not yet in).
  // Bodies that mount (or grow) above it move the slide down; a browser without scroll anchoring
  // (WebKit) would leave it there, so while following, every change of the page's height puts the
  // view back on it.
  useLayoutEffect(() => {
    if (!followView) return;
    const align = () => {
      const section = document.getElementById(slideAnchor(followView.slideIndex));
      const part = followView.stepIndex > 0 ? section?.querySelector(`[data-step-at="${followView.stepIndex}"]`) : null;
      if (part) part.scrollIntoView({ block: 'center' });
      else section?.scrollIntoView({ block: 'start' });
    };
    align();
    const main = document.querySelector('.reading-main');
    if (!main || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(align);
    observer.observe(main);
    return () => observer.disconnect();
  }, [followView]);

  // Back and forward between slides a link jumped to (below): to the slide in the address.
  useEffect(() => {
    const onPop = () => {
      const back = readingTarget('', window.location.hash, slides.map((meta) => meta.steps));
      if (back) document.getElementById(slideAnchor(back.slideIndex))?.scrollIntoView({ block: 'start' });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [slides]);

  // Links between slides (the glossary's) go through the deck's goTo: here they scroll, with a
  // history entry, so the browser's Back key returns to the link.
  const deckForLinks = useMemo((): DeckApi => {
    const view = { slideIndex: current, stepIndex: 0 };
    return {
      ...NO_DECK,
      deckId: 'reading',
      initialized: true,
      slideCount: slides.length,
      slideIds: slides.map((meta) => meta.id),
      view,
      pendingView: view,
      slideId: slides[current]?.id,
      goTo: ({ slideIndex }) => {
        window.history.pushState(window.history.state, '', `${window.location.pathname}${readingLocation(window.location.search, slideIndex)}`);
        scrollToSlide(slideIndex);
      },
    };
  }, [slides, current, scrollToSlide]);

  const currentSection = slides[current]?.section;
  const sectionLabel = currentSection === undefined ? 'Einstieg' : `${currentSection}. ${sections.find((s) => s.number === currentSection)?.title ?? ''}`;
  const firstSlideOf = (number: number) => slides.findIndex((meta) => meta.section === number);

  return (
    <DeckApiContext.Provider value={deckForLinks}>
      <LazyMotion features={loadMotionFeatures} strict>
      <MotionConfig reducedMotion="user">
      <PaletteStyle />
      <div className="reading" data-testid="reading-view">
        <header className="reading-bar">
          <button
            type="button"
            className="reading-button"
            aria-expanded={tocOpen}
            aria-controls="reading-toc"
            onClick={() => setTocOpen((open) => !open)}
          >
            Inhalt
          </button>
          <p className="reading-current" data-testid="reading-current">
            {sectionLabel}
          </p>
          <a className="reading-button" href={slidesHref(current)} data-testid="to-slides">
            Folien
          </a>
        </header>
        <nav id="reading-toc" className="reading-toc" aria-label="Inhaltsverzeichnis" hidden={!tocOpen}>
          <ol>
            {sections.map((section) => {
              const first = firstSlideOf(section.number);
              if (first < 0) return null;
              return (
                <li key={section.number}>
                  <a
                    href={`#${slideAnchor(first)}`}
                    aria-current={section.number === currentSection ? 'location' : undefined}
                    onClick={(event) => {
                      event.preventDefault();
                      setTocOpen(false);
                      window.history.replaceState(window.history.state, '', `${window.location.pathname}${readingLocation(window.location.search, first)}`);
                      scrollToSlide(first);
                    }}
                  >
                    <span className="reading-toc-number">{section.number}.</span> {section.title}
                  </a>
                </li>
              );
            })}
          </ol>
          <AllStepsSwitch value={allSteps} onChange={setAllSteps} />
        </nav>
        <main className="reading-main">
          <div className="reading-intro">
            <p>
              Die ganze Vorlesung zum Lesen: jede Folie mit ihrer Erklärung darunter. Die Regler und Knöpfe rechnen live.
            </p>
            <AllStepsSwitch value={allSteps} onChange={setAllSteps} />
          </div>
          {slides.map((meta, index) => (
            <ReadingSlide
              key={meta.id}
              meta={meta}
              index={index}
              slideCount={slides.length}
              text={text[meta.id]}
              allSteps={allSteps}
              linkedStep={target?.slideIndex === index ? target.stepIndex : 0}
              liveStep={followView?.slideIndex === index ? followView.stepIndex : null}
              SlideOverlay={SlideOverlay}
              mountWatcher={mountWatcher}
              stepWatcher={stepWatcher}
              currentWatcher={currentWatcher}
              onCrossing={onCrossing}
            />
          ))}
        </main>
      </div>
      </MotionConfig>
      </LazyMotion>
    </DeckApiContext.Provider>
  );
}

function AllStepsSwitch({ value, onChange }: { value: boolean; onChange: (next: boolean) => void }) {
  return (
    <button type="button" className="reading-button reading-steps-switch" aria-pressed={value} onClick={() => onChange(!value)}>
      Alle Schritte sofort zeigen
    </button>
  );
}

type Watcher = ReturnType<typeof createWatcher>;

type ReadingSlideProps = {
  meta: SlideMeta;
  index: number;
  slideCount: number;
  text: ReadingText[string] | undefined;
  allSteps: boolean;
  /** The step a deep link asked for on this slide (shown at least). */
  linkedStep: number;
  /** The step of the view being followed, when it is on this slide (shown exactly). */
  liveStep: number | null;
  SlideOverlay: ComponentType<SlideOverlayProps> | undefined;
  mountWatcher: Watcher;
  stepWatcher: Watcher;
  currentWatcher: Watcher;
  onCrossing: (index: number, crossing: boolean) => void;
};

const ReadingSlide = memo(function ReadingSlide(props: ReadingSlideProps) {
  const { meta, index, slideCount, text, allSteps, linkedStep, liveStep, SlideOverlay, mountWatcher, stepWatcher, currentWatcher, onCrossing } = props;
  const sectionRef = useRef<HTMLElement>(null);
  const [near, setNear] = useState(false);
  const [scrolledStep, setScrolledStep] = useState(0);
  const anchor = slideAnchor(index);
  // The first slide's title is the page's h1; every other slide title an h2, its body's subheads and
  // its Erklärung one level below.
  const Title = index === 0 ? 'h1' : 'h2';
  const NotesTitle = index === 0 ? 'h2' : 'h3';
  const kicker = kickerOf(meta);

  useEffect(() => {
    const element = sectionRef.current;
    if (!element) return;
    const stopMount = mountWatcher.watch(element, (entry) => {
      // Once mounted, a body stays: its demo keeps its state and the page does not jump.
      if (entry.isIntersecting) setNear(true);
    });
    const stopCurrent = currentWatcher.watch(element, (entry) => onCrossing(index, entry.isIntersecting));
    return () => {
      stopMount();
      stopCurrent();
      onCrossing(index, false);
    };
  }, [mountWatcher, currentWatcher, onCrossing, index]);

  // A step the lecturer showed here counts as read: it (and its ink) stays when the reader scrolls
  // away. Kept while rendering (React's pattern for state that follows a prop), not in an effect.
  const [liveReached, setLiveReached] = useState(0);
  if (liveStep !== null && Math.min(liveStep, meta.steps) > liveReached) setLiveReached(Math.min(liveStep, meta.steps));

  const step = allSteps ? meta.steps : liveStep !== null ? Math.min(liveStep, meta.steps) : Math.max(scrolledStep, linkedStep, liveReached);

  return (
    <section ref={sectionRef} id={anchor} className="reading-slide" aria-labelledby={`${anchor}-title`} data-slide-index={index} data-reading-step={step}>
      <div className="reading-slide-header">
        <p className="reading-kicker">
          {kicker ? `${kicker} · ` : ''}Folie {index + 1} von {slideCount}
        </p>
        <Title id={`${anchor}-title`} className="reading-slide-title" tabIndex={-1}>
          {meta.title}
        </Title>
      </div>
      <div className={meta.layout === 'roomy' ? 'reading-slide-body slide-body slide-body-roomy' : 'reading-slide-body slide-body'}>
        {near ? (
          <ReadingBody
            meta={meta}
            step={step}
            text={text?.body ?? ''}
            marks={meta.steps > 0 && !allSteps ? { watcher: stepWatcher, onPassed: (k) => setScrolledStep((s) => Math.max(s, k)) } : null}
          />
        ) : (
          <Placeholder text={text?.body ?? ''} />
        )}
        {SlideOverlay && <SlideOverlay slideId={meta.id} step={step} />}
      </div>
      {meta.steps > 0 && (
        <p className="reading-step-count" aria-hidden="true">
          {step >= meta.steps ? `Alle ${meta.steps + 1} Schritte gezeigt` : `Schritt ${step + 1} von ${meta.steps + 1} – weiterscrollen`}
        </p>
      )}
      {text?.notes ? (
        <aside className="reading-notes" aria-labelledby={`${anchor}-notes ${anchor}-title`}>
          <NotesTitle id={`${anchor}-notes`} className="reading-notes-title">
            Erklärung
          </NotesTitle>
          {/* Our own notes, rendered from the slide's JSX at build time: no outside input. */}
          <div className="speaker-notes" dangerouslySetInnerHTML={{ __html: text.notes }} />
        </aside>
      ) : null}
    </section>
  );
});

type Marks = { watcher: Watcher; onPassed: (step: number) => void };

/**
 * Where each step shows in the body: the first part that appears at that step (`<Reveal at={k}>`,
 * which keeps its place while hidden), and an invisible mark at k/(steps+1) of the body's height
 * (for slides whose steps change a figure). A step appears when the first of the two has come up
 * to 70 % of the screen height, and stays when the reader scrolls back.
 */
function StepMarks({ steps, watcher, onPassed, root }: Marks & { steps: number; root: HTMLElement | null }) {
  const marks = useRef<(HTMLSpanElement | null)[]>([]);
  const latest = useRef(onPassed);
  useEffect(() => {
    latest.current = onPassed;
  });
  useEffect(() => {
    const onEntry = (step: number) => (entry: IntersectionObserverEntry) => {
      if (entry.isIntersecting) latest.current(step);
    };
    // The step's own part, and the mark as a backstop: a part inside a box that scrolls sideways
    // may be clipped out of view and never seen to cross the line.
    const stops = marks.current.flatMap((mark, i) => {
      const part = root?.querySelector(`[data-step-at="${i + 1}"]`);
      return [mark, part].filter((place): place is Element => Boolean(place)).map((place) => watcher.watch(place, onEntry(i + 1)));
    });
    return () => stops.forEach((stop) => stop());
  }, [watcher, steps, root]);
  return (
    <>
      {Array.from({ length: steps }, (_, i) => (
        <span
          key={i}
          ref={(element) => {
            marks.current[i] = element;
          }}
          className="reading-step-mark"
          style={{ top: `${((i + 1) / (steps + 1)) * 100}%` }}
          aria-hidden="true"
        />
      ))}
    </>
  );
}

const SCROLL_BOXES = '.katex-display, table, pre';

/**
 * A formula or table that scrolls sideways in its own box can be scrolled with the keyboard too:
 * it takes the focus (tabindex 0) and says what it is, as long as it is wider than its box.
 */
function useScrollBoxesFocusable(root: HTMLElement | null) {
  useEffect(() => {
    if (!root || typeof MutationObserver === 'undefined') return;
    let frame = 0;
    const mark = () => {
      frame = 0;
      for (const box of root.querySelectorAll<HTMLElement>(SCROLL_BOXES)) {
        const scrolls = box.scrollWidth > box.clientWidth + 1 && !box.parentElement?.closest(SCROLL_BOXES);
        const isTable = box.matches('table');
        if (scrolls && !box.hasAttribute('tabindex')) {
          box.tabIndex = 0;
          box.dataset.scrollBox = 'true';
          // A table keeps its own role; a formula's box is a named group.
          if (!isTable) {
            box.setAttribute('role', 'group');
            box.setAttribute('aria-label', 'Formel, seitlich scrollbar');
          }
        } else if (!scrolls && box.dataset.scrollBox === 'true') {
          box.removeAttribute('tabindex');
          if (!isTable) {
            box.removeAttribute('role');
            box.removeAttribute('aria-label');
          }
          delete box.dataset.scrollBox;
        }
      }
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(mark);
    };
    const mutations = new MutationObserver(schedule);
    mutations.observe(root, { childList: true, subtree: true });
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      mutations.disconnect();
      window.removeEventListener('resize', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [root]);
}

/** The words of a body that has not mounted yet: found by the browser's find, and about its height. */
function Placeholder({ text }: { text: string }) {
  return (
    <div className="reading-placeholder" data-testid="reading-placeholder">
      {text.split('\n').map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </div>
  );
}

/** A body in the reading view, at its step, with its live demos (its words until it has loaded). */
function ReadingBody({ meta, step, text, marks }: { meta: SlideMeta; step: number; text: string; marks: Marks | null }) {
  const body = useSlideBody(meta);
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const value = useMemo(() => ({ step, steps: meta.steps, mode: 'reading' as const, notesTarget: null }), [step, meta.steps]);
  const Body = body.status === 'ready' ? body.Body : null;
  useScrollBoxesFocusable(root);
  return (
    <div
      ref={(element) => setRoot(element?.parentElement ?? null)}
      className="slide-body-content"
      data-slide-body={meta.id}
    >
      <LoadedBody meta={meta} body={body} step={value} loading={<Placeholder text={text} />} />
      {Body && marks && <StepMarks steps={meta.steps} root={root} {...marks} />}
    </div>
  );
}
