/**
 * Resolves once the browser has painted the first frame after this call: work that the first slide
 * does not need (KaTeX, animation features) starts then, so it never delays the title.
 */
export function afterFirstPaint(): Promise<void> {
  if (typeof window === 'undefined' || typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
