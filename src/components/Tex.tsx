import { memo, useEffect, useSyncExternalStore } from 'react';
import { afterFirstPaint } from './afterFirstPaint';

type Renderer = typeof import('./katexRenderer');

let renderer: Renderer | null = null;
let loading: Promise<Renderer> | null = null;
const listeners = new Set<() => void>();

/**
 * Loads KaTeX once; every <Tex> re-renders when it is there. `<Tex>` asks for it after the first
 * paint (the title slide has no formula); tests await it in their setup.
 */
export function loadKatex(): Promise<Renderer> {
  loading ??= import('./katexRenderer').then((module) => {
    renderer = module;
    for (const listener of listeners) listener();
    return module;
  });
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

type TexProps = {
  /** A TeX string from src/tex/. */
  math: string;
  /** Display style on its own line (default) or inline in text. */
  inline?: boolean;
  /** Spoken label for screen readers instead of KaTeX's MathML, e.g. for a formula full of numbers. */
  label?: string;
};

/**
 * A formula typeset with KaTeX. Errors render as visible red text rather than crashing the slide.
 * Memoised: a slide that re-renders for a click does not typeset its unchanged formulas again.
 */
export const Tex = memo(function Tex({ math, inline = false, label }: TexProps) {
  const katex = useSyncExternalStore(subscribe, () => renderer, () => renderer);
  useEffect(() => {
    if (!renderer) void afterFirstPaint().then(loadKatex);
  }, []);
  const className = inline ? 'tex tex-inline' : 'tex tex-block';
  if (!katex) {
    // For the few milliseconds until KaTeX is there: the TeX source, hidden, keeps the formula's place.
    return (
      <span className={`${className} tex-pending`} aria-busy="true" data-testid="tex">
        {math}
      </span>
    );
  }
  const { BlockMath, InlineMath } = katex;
  return (
    <span className={className} role={label ? 'math' : undefined} aria-label={label} data-testid="tex">
      {inline ? <InlineMath math={math} /> : <BlockMath math={math} />}
    </span>
  );
});
