/**
 * Runs work soon after the next frame has been painted: in a task queued from an animation frame,
 * so a key press's frame is not kept waiting for it. A hidden tab paints no frames; a timer stands
 * in after `fallbackMs`. Returns a function that cancels the run.
 */
export function afterPaint(run: () => void, fallbackMs = 120): () => void {
  let timer = 0;
  const go = () => {
    cancel();
    run();
  };
  const frame = window.requestAnimationFrame(() => {
    window.clearTimeout(fallback);
    timer = window.setTimeout(go);
  });
  const fallback = window.setTimeout(go, fallbackMs);
  const cancel = () => {
    window.cancelAnimationFrame(frame);
    window.clearTimeout(timer);
    window.clearTimeout(fallback);
  };
  return cancel;
}
