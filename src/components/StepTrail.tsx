import type { ReactNode } from 'react';
import './StepTrail.css';

type StepTrailProps = {
  /** Short names of all steps, in order. */
  steps: readonly string[];
  /** Index of the step on screen (0-based); -1 for none (a page that shows several steps at once). */
  current: number;
  /** Accessible name of the list, e.g. "Schritte der Self-Attention". */
  label: string;
};

/**
 * A row of numbered step names; the current one is framed and bold and marked "aktuell" for
 * screen readers, so the position is never shown by colour alone.
 */
export function StepTrail({ steps, current, label }: StepTrailProps) {
  return (
    <ol className="step-trail" aria-label={label}>
      {steps.map((name, i) => (
        <li
          key={name}
          className={i === current ? 'step-trail-item step-trail-current' : 'step-trail-item'}
          aria-current={i === current ? 'step' : undefined}
        >
          <span className="step-trail-number">{i + 1}</span> {name}
        </li>
      ))}
    </ol>
  );
}

/**
 * The heading of one part on a page that shows several steps at once (the handout's page for the
 * whole slide): the step's number as in the trail, and the part's name.
 */
export function StepHeading({ step, children }: { step: number; children: ReactNode }) {
  return (
    <h3 className="slide-subhead step-heading">
      <span className="step-trail-number">{step + 1}</span> {children}
    </h3>
  );
}
