import type { ReactNode } from 'react';

type SourceLineProps = {
  /** `demo`: a terminal command (monospace); `citation`: a paper or other source. */
  kind: 'demo' | 'citation';
  children: ReactNode;
};

/**
 * A source line or demo command at the foot of a slide: the one kind of slide text that may be set
 * at the type scale's --fs-source instead of --fs-small (marked data-type-role="source" for the
 * browser test that measures the type sizes).
 */
export function SourceLine({ kind, children }: SourceLineProps) {
  return (
    <p className={kind === 'demo' ? 'source-line demo-command' : 'source-line'} data-type-role="source">
      {children}
    </p>
  );
}
