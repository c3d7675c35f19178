import { createContext, useContext } from 'react';

/** Where a slide stands in the deck: what its shell needs to decide what to mount and show. */
export type SlidePosition = {
  /** On screen. */
  readonly active: boolean;
  /** Its step: the one shown while on screen, ±Infinity for slides before/after it. */
  readonly stepIndex: number;
  /** Near the slide on screen: its body stays mounted. */
  readonly near: boolean;
  /** Overview or print mode: every slide shows everything. */
  readonly everything: boolean;
  readonly deckId: string;
};

export const SlidePositionContext = createContext<SlidePosition>({ active: false, stepIndex: 0, near: false, everything: false, deckId: '' });

/** Inside a slide of the stage or of Spectacle's overview and print modes: where it stands. */
export function useSlidePosition(): SlidePosition {
  return useContext(SlidePositionContext);
}

/** The presenter view's notes panel: the stage's slide on screen puts its notes there. */
export const PresenterNotesContext = createContext<HTMLElement | null>(null);
