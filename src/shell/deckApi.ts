import { createContext, useContext } from 'react';

/** A place in the deck: the slide (0-based) and how many of its steps are shown. */
export interface DeckView {
  readonly slideIndex: number;
  readonly stepIndex: number;
}

/**
 * The deck as every feature sees it: where it is and how to move it. The window's navigation core
 * provides it (src/shell/windowDeck.ts), the Spectacle adapter inside its overview and print modes
 * (src/shell/spectacle.tsx), and the reading view its own (links scroll there). Nobody outside the adapter reads Spectacle's context.
 */
export interface DeckApi {
  /** Tells two decks on one page apart (the presenter view has a second one for its slide). */
  readonly deckId: string;
  /** False until the deck has read its first view (from the URL). */
  readonly initialized: boolean;
  readonly slideCount: number;
  /** The manifest ids, in the deck's order. */
  readonly slideIds: readonly string[];
  /** The view on screen. */
  readonly view: DeckView;
  /** The view a key press asked for: ahead of `view` while a slide transition runs. */
  readonly pendingView: DeckView;
  /** The manifest id of the slide on screen, undefined before the deck has one. */
  readonly slideId: string | undefined;
  /** Spectacle's print and overview modes show every slide at once, at its last step. */
  readonly inPrintMode: boolean;
  readonly inOverviewMode: boolean;
  next(): void;
  previous(): void;
  goTo(view: DeckView): void;
}

const nothing = () => undefined;

/** Outside any deck (the handout, tests): no slides, nowhere to go. */
export const NO_DECK: DeckApi = {
  deckId: '',
  initialized: false,
  slideCount: 0,
  slideIds: [],
  view: { slideIndex: 0, stepIndex: 0 },
  pendingView: { slideIndex: 0, stepIndex: 0 },
  slideId: undefined,
  inPrintMode: false,
  inOverviewMode: false,
  next: nothing,
  previous: nothing,
  goTo: nothing,
};

export const DeckApiContext = createContext<DeckApi>(NO_DECK);

/** The deck this component is in (NO_DECK outside any). */
export function useDeckApi(): DeckApi {
  return useContext(DeckApiContext);
}
