import { useContext, type ReactElement } from 'react';
import { DeckContext, useSteps } from 'spectacle';

/**
 * For slides that REPLACE their content click by click (instead of adding to it): the number of
 * the view on screen, 0 before the first click up to `clicks` after the last one. Built on
 * Spectacle's `useSteps`, so the deck's keys, URL (stepIndex) and presenter mode all work; in
 * print and export mode every slide shows its last view. Render `placeholder` once in the slide.
 */
export function useRevealView(clicks: number): { view: number; placeholder: ReactElement } {
  const { step, placeholder } = useSteps(clicks);
  const inPrintMode = useContext(DeckContext)?.inPrintMode ?? false;
  return { view: inPrintMode ? clicks : step + 1, placeholder };
}
