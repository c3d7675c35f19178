/**
 * The step (click) a slide body shows, from the slide manifest's runtime (not Spectacle's
 * `useSteps`): a body is a function of its step, so it renders the same in the live deck, in the
 * presenter's preview, in the PDF handout and in tests, and the deck knows every slide's steps
 * without mounting its body.
 */
import { createContext, useContext, type ElementType, type ReactNode } from 'react';

/**
 * live: on the stage (the notes of the slide on screen go to the presenter view or „Erklärung“).
 * overview: Spectacle's overview or print mode (all steps shown).
 * static: rendered outside the deck (PDF handout, tests); notes inline when asked for.
 * reading: in the reading view (`?view=read`): live demos, the notes are drawn by the view itself.
 * notes: only the notes, nothing of the body (the reading view's text, rendered at build time).
 */
export type SlideMode = 'live' | 'overview' | 'static' | 'reading' | 'notes';

export interface SlideStepState {
  /** The view on screen: 0 (before the first click) … steps. */
  readonly step: number;
  /** The slide's declared number of clicks (manifest). */
  readonly steps: number;
  readonly mode: SlideMode;
  /**
   * Where the speaker notes go besides the presenter view: under the slide in the handout (static
   * mode), the „Erklärung“ panel in the slide view (live mode); null for none.
   */
  readonly notesTarget: HTMLElement | null;
  /**
   * The page stands for the whole slide: the handout's one page per slide (`--final-only`). Views
   * that replace one another per click are then all shown, as in print mode (`overview`).
   */
  readonly summary?: boolean;
}

const SlideStepContext = createContext<SlideStepState>({ step: 0, steps: 0, mode: 'static', notesTarget: null });

export function SlideStepProvider({ value, children }: { value: SlideStepState; children: ReactNode }) {
  return <SlideStepContext.Provider value={value}>{children}</SlideStepContext.Provider>;
}

/** The whole step state of the slide being rendered. */
export function useSlideStepState(): SlideStepState {
  return useContext(SlideStepContext);
}

/** The view on screen, 0 … steps. */
export function useSlideStep(): number {
  return useContext(SlideStepContext).step;
}

/** True where the live demos run (training, animations): the deck on screen and the reading view. */
export function useIsLive(): boolean {
  const { mode } = useContext(SlideStepContext);
  return mode === 'live' || mode === 'reading';
}
/**
 * True where one page stands for the whole slide and shows everything at once: print/overview mode
 * and the handout's one page per slide. Slides whose clicks replace one view by the next lay all
 * their views out on that page.
 */
export function useIsSummary(): boolean {
  const { mode, summary } = useContext(SlideStepContext);
  return mode === 'overview' || summary === true;
}

/**
 * For slides whose clicks replace one view by the next: whether view k is shown. The slide on
 * screen shows one view per click; the reading view stacks the views up to its step, and a summary
 * page ({@link useIsSummary}) shows them all.
 */
export function useViewShown(): (view: number) => boolean {
  const { step, mode } = useContext(SlideStepContext);
  const summary = useIsSummary();
  return (view) => summary || (mode === 'reading' ? step >= view : step === view);
}

type RevealProps = {
  /** The click at which the content appears (1 = first click). */
  at: number;
  children: ReactNode;
  /** Element to render, default div (li inside lists). */
  as?: ElementType;
  className?: string;
};

/**
 * Content that appears at click `at`. Hidden content keeps its place in the layout (nothing jumps)
 * and is `visibility: hidden`, so controls that are not shown yet cannot take the keyboard focus;
 * the fade is CSS (none under reduced motion and in print).
 */
export function Reveal({ at, children, as: Tag = 'div', className }: RevealProps) {
  const { step, steps } = useContext(SlideStepContext);
  if (import.meta.env.DEV && at > steps) {
    console.error(`<Reveal at={${at}}> on a slide that declares ${steps} steps: fix its .meta.ts`);
  }
  const shown = step >= at;
  return (
    <Tag
      className={`step-reveal ${shown ? 'step-reveal-shown' : 'step-reveal-hidden'}${className ? ` ${className}` : ''}`}
      aria-hidden={shown ? undefined : true}
      data-testid="step-reveal"
      data-step-at={at}
    >
      {children}
    </Tag>
  );
}
