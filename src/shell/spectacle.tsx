/**
 * The adapter to Spectacle, the presentation engine the deck is built on (Deck, Slide, theme,
 * transitions, overview and print modes): the only file that imports it. Everything else reads the
 * deck through DeckApi (./deckApi) and mounts slides through the components below.
 */
import { createContext, useContext, useLayoutEffect, useMemo, useState, type ContextType, type ReactNode } from 'react';
import { Deck, DeckContext, Notes, Slide, SlideContext, type SlideTransition } from 'spectacle';
import type { DeckTheme } from '../theme/theme';
import { DeckApiContext, type DeckApi } from './deckApi';
import { hidePresenterFlag, restorePresenterFlag } from './hidePresenterFlag';

type SpectacleDeckState = ContextType<typeof DeckContext>;

function toDeckApi(deck: SpectacleDeckState): DeckApi {
  return {
    deckId: String(deck.deckId),
    initialized: Boolean(deck.initialized),
    slideCount: deck.slideCount,
    slideIds: deck.slideIds.map(String),
    view: { slideIndex: deck.activeView.slideIndex, stepIndex: deck.activeView.stepIndex },
    pendingView: { slideIndex: deck.pendingView.slideIndex ?? deck.activeView.slideIndex, stepIndex: deck.pendingView.stepIndex ?? deck.activeView.stepIndex },
    slideId: deck.activeView.slideId === undefined ? undefined : String(deck.activeView.slideId),
    inPrintMode: Boolean(deck.inPrintMode),
    inOverviewMode: Boolean(deck.inOverviewMode),
    next: deck.stepForward,
    previous: deck.stepBackward,
    goTo: deck.skipTo,
  };
}

/** Spectacle's deck state as DeckApi, for everything rendered inside the deck. */
function DeckApiFromSpectacle({ children }: { children: ReactNode }) {
  const deck = useContext(DeckContext);
  const api = useMemo(() => toDeckApi(deck), [deck]);
  return <DeckApiContext.Provider value={api}>{children}</DeckApiContext.Provider>;
}

/**
 * Slide change without motion, for prefers-reduced-motion: nothing moves or fades, so the springs
 * behind Spectacle's transitions have nothing to animate and the new slide is there at once.
 * framer-motion is handled by <MotionConfig reducedMotion="user">.
 */
const NO_TRANSITION: SlideTransition = {
  from: { opacity: 1 },
  enter: { opacity: 1 },
  leave: { opacity: 1 },
};

type TemplateOptions = { slideNumber: number; numberOfSlides: number };

type PresentationProps = {
  theme: DeckTheme;
  /** Drawn on every slide (footer, controls), with DeckApi. */
  template: (options: TemplateOptions) => ReactNode;
  reducedMotion: boolean;
  /**
   * The presenter view's own deck: Spectacle must not see `presenterMode` on its first render
   * (it would show its stock presenter screen), and its notes go into this element.
   */
  inPresenterView?: { notes: HTMLDivElement | null };
  children: ReactNode;
};

/** Spectacle's Deck: keys, swipes, transitions, overview and print modes, the URL's view. */
export function Presentation({ theme, template, reducedMotion, inPresenterView, children }: PresentationProps) {
  const hosted = inPresenterView !== undefined;
  useState(() => hosted && hidePresenterFlag());
  useLayoutEffect(() => {
    if (hosted) restorePresenterFlag();
  }, [hosted]);
  // notePortalNode is a prop of Spectacle's inner deck (passed through), not in its public types.
  const passThrough = { notePortalNode: inPresenterView?.notes ?? undefined } as object;
  const withApi = useMemo(() => (options: TemplateOptions) => <DeckApiFromSpectacle>{template(options)}</DeckApiFromSpectacle>, [template]);
  return (
    <Deck theme={theme} template={withApi} transition={reducedMotion ? NO_TRANSITION : undefined} {...passThrough}>
      {children}
    </Deck>
  );
}

type PresentationSlideProps = {
  id: string;
  /** The slide's place in the manifest. */
  index: number;
  /** How many slides away from the one on screen a slide counts as near (SlidePosition.near). */
  nearWithin: number;
  /** The slide's declared steps (manifest): Spectacle counts them without the body mounted. */
  steps: number;
  backgroundColor: string;
  textColor: string;
  padding: number | string;
  children: ReactNode;
};

/**
 * One Spectacle slide. Its steps come from the manifest through a step placeholder with the
 * declared count (Spectacle's own protocol for steps), so navigation and deep links work for
 * slides whose body is not mounted.
 */
export function PresentationSlide({ id, index, nearWithin, steps, backgroundColor, textColor, padding, children }: PresentationSlideProps) {
  return (
    <Slide id={id} backgroundColor={backgroundColor} textColor={textColor} padding={padding}>
      {steps > 0 && <div className="step-placeholder" style={{ display: 'none' }} data-step-id={`${id}-steps`} data-step-count={steps} />}
      <DeckApiFromSpectacle>
        <SlidePositionFromSpectacle index={index} nearWithin={nearWithin}>
          {children}
        </SlidePositionFromSpectacle>
      </DeckApiFromSpectacle>
    </Slide>
  );
}

/** Where a slide stands in the deck: what its shell needs to decide what to mount and show. */
export type SlidePosition = {
  /** On screen. */
  readonly active: boolean;
  /** Its step: the one shown while on screen, ±Infinity for slides before/after it, null before counting. */
  readonly stepIndex: number;
  /** At most `nearWithin` slides from the one on screen or the one a key press asked for. */
  readonly near: boolean;
  /** Overview or print mode: every slide shows everything. */
  readonly everything: boolean;
  readonly deckId: string;
};

const SlidePositionContext = createContext<SlidePosition>({ active: false, stepIndex: 0, near: false, everything: false, deckId: '' });

/**
 * Spectacle re-renders every slide on every key press (twice: the asked-for view, then the committed
 * one). This reads its context once per slide and hands on a value that only changes when the
 * slide's own position does, so a slide's shell re-renders only when it enters, leaves, or steps.
 */
function SlidePositionFromSpectacle({ index, nearWithin, children }: { index: number; nearWithin: number; children: ReactNode }) {
  const deck = useContext(DeckContext);
  const slide = useContext(SlideContext);
  const active = slide.isSlideActive;
  const stepIndex = slide.activeStepIndex;
  const distance = Math.min(Math.abs(index - deck.activeView.slideIndex), Math.abs(index - (deck.pendingView.slideIndex ?? deck.activeView.slideIndex)));
  const near = distance <= nearWithin;
  const everything = Boolean(deck.inPrintMode || deck.inOverviewMode);
  const deckId = String(deck.deckId);
  const position = useMemo(() => ({ active, stepIndex, near, everything, deckId }), [active, stepIndex, near, everything, deckId]);
  return <SlidePositionContext.Provider value={position}>{children}</SlidePositionContext.Provider>;
}

/** Inside a PresentationSlide: where the slide stands (see SlidePosition). */
export function useSlidePosition(): SlidePosition {
  return useContext(SlidePositionContext);
}

/** Speaker notes, for Spectacle's own presenter and overview screens. */
export function SpeakerNotes({ children }: { children: ReactNode }) {
  return <Notes>{children}</Notes>;
}
