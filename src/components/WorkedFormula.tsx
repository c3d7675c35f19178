import type { ReactNode } from 'react';
import { Tex } from './Tex';
import './WorkedFormula.css';

type WorkedFormulaProps = {
  /** The general formula (TeX from src/tex/). */
  formula: string;
  /** The same formula with the numbers put in: TeX, or markup such as a table when TeX would be too long. */
  numbers: string | ReactNode;
  /** The result (TeX). */
  result: string;
  /** Spoken labels for screen readers. */
  label?: string;
};

/**
 * "A formula, then the same formula with the numbers put in, then the result: three lines,
 * always in that order" (DESIGN.md). Each line carries a small label, so the eye learns where to look.
 */
export function WorkedFormula({ formula, numbers, result, label }: WorkedFormulaProps) {
  return (
    <div className="worked-formula" aria-label={label} role="group">
      <span className="worked-formula-tag">Formel</span>
      <div className="worked-formula-line">
        <Tex math={formula} />
      </div>
      <span className="worked-formula-tag">eingesetzt</span>
      <div className="worked-formula-line">{typeof numbers === 'string' ? <Tex math={numbers} /> : numbers}</div>
      <span className="worked-formula-tag">Ergebnis</span>
      <div className="worked-formula-line worked-formula-result">
        <Tex math={result} />
      </div>
    </div>
  );
}
