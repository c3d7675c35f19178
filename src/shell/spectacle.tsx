/**
 * The adapter to Spectacle, the engine of the overview, print and export modes (its Deck, Slide,
 * theme and those modes): the only file that imports it. It loads only when the URL asks for one of
 * those modes (src/app/LectureDeck.tsx); the slide view and the presenter view are the deck's own
 * stage (./Stage, over the navigation core ./navigation). Inside Spectacle's deck everything reads
 * the deck through DeckApi (./deckApi) and mounts slides through SlideContent.
 */
import { useContext, useMemo, type ContextType, type ReactNode } from 'react';
import { Deck, DeckContext, Slide, SlideContext } from 'spectacle';
import type { DeckTheme } from '../theme/theme';
import { DeckApiContext, type DeckApi } from './deckApi';
import type { SlideMeta } from './manifest';
import { SlideContent } from './SlideContent';
import { SlidePositionContext } from './slidePosition';
import { cssVar } from '../theme/palette';
import { SLIDE_PADDING } from '../theme/slideSize';

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

/** Spectacle's deck state as DeckApi, for everything rendered inside its deck. */
function DeckApiFromSpectacle({ children }: { children: ReactNode }) {
  const deck = useContext(DeckContext);
  const api = useMemo(() => toDeckApi(deck), [deck]);
  return <DeckApiContext.Provider value={api}>{children}</DeckApiContext.Provider>;
}

type TemplateOptions = { slideNumber: number; numberOfSlides: number };

type SpectacleModesProps = {
  slides: readonly SlideMeta[];
  theme: DeckTheme;
  /** Drawn on every slide (the footer). */
  template: (options: TemplateOptions) => ReactNode;
  /** Rendered once inside the deck, with its DeckApi (the deck's keys and overlays). */
  controls: ReactNode;
};

/** Every slide shows everything in these modes: its body mounted, at its last step. */
const EVERYTHING = { active: false, stepIndex: Number.POSITIVE_INFINITY, near: true, everything: true };

/**
 * Spectacle's overview, print and export modes (it reads the mode and the view from the URL): every
 * slide at its last step, the template on each.
 */
export function SpectacleModes({ slides, theme, template, controls }: SpectacleModesProps) {
  const withApi = useMemo(() => (options: TemplateOptions) => <DeckApiFromSpectacle>{template(options)}</DeckApiFromSpectacle>, [template]);
  return (
    <Deck theme={theme} template={withApi}>
      {slides.map((meta, index) => (
        <Slide key={meta.id} id={meta.id} backgroundColor={cssVar('bg')} textColor={cssVar('text')} padding={SLIDE_PADDING}>
          <SpectacleSlidePosition>
            <SlideContent meta={meta} index={index} />
          </SpectacleSlidePosition>
        </Slide>
      ))}
      {/* Not a slide (Spectacle counts slides by their placeholders): the deck's controls, once. */}
      <DeckApiFromSpectacle>{controls}</DeckApiFromSpectacle>
    </Deck>
  );
}

function SpectacleSlidePosition({ children }: { children: ReactNode }) {
  const deck = useContext(DeckContext);
  const slide = useContext(SlideContext);
  const deckId = String(deck.deckId);
  const active = slide.isSlideActive;
  const position = useMemo(() => ({ ...EVERYTHING, active, deckId }), [active, deckId]);
  return <SlidePositionContext.Provider value={position}>{children}</SlidePositionContext.Provider>;
}
