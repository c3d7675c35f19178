import { useContext, type ReactNode } from 'react';
import { DeckContext, useSteps } from 'spectacle';
import './learning.css';

type StepRevealProps = {
  children: ReactNode;
  className?: string;
  /** Order among the steps of the slide (Spectacle's `priority`); default: document order. */
  priority?: number;
};

/**
 * Like Spectacle's <Appear>, built on its `useSteps`: hidden content keeps its place in the layout
 * (nothing jumps), but is also `visibility: hidden`, so sliders and buttons that are not shown yet
 * cannot take the keyboard focus. Print and overview mode show everything.
 */
export function StepReveal({ children, className, priority }: StepRevealProps) {
  const { isActive, placeholder } = useSteps(1, priority === undefined ? {} : { priority });
  const deck = useContext(DeckContext);
  const shown = isActive || Boolean(deck?.inPrintMode) || Boolean(deck?.inOverviewMode);
  return (
    <>
      {placeholder}
      <div
        className={`step-reveal ${shown ? 'step-reveal-shown' : 'step-reveal-hidden'}${className ? ` ${className}` : ''}`}
        aria-hidden={shown ? undefined : true}
        data-testid="step-reveal"
      >
        {children}
      </div>
    </>
  );
}
