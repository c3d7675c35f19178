import 'katex/dist/katex.min.css';
import { BlockMath, InlineMath } from 'react-katex';

type TexProps = {
  /** A TeX string from src/formulas.ts. */
  math: string;
  /** Display style on its own line (default) or inline in text. */
  inline?: boolean;
  /** Spoken label for screen readers instead of KaTeX's MathML, e.g. for a formula full of numbers. */
  label?: string;
};

/** A formula typeset with KaTeX. Errors render as visible red text rather than crashing the slide. */
export function Tex({ math, inline = false, label }: TexProps) {
  const content = inline ? <InlineMath math={math} /> : <BlockMath math={math} />;
  return (
    <span
      className={inline ? 'tex tex-inline' : 'tex tex-block'}
      role={label ? 'math' : undefined}
      aria-label={label}
      data-testid="tex"
    >
      {content}
    </span>
  );
}
