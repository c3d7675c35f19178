/**
 * Starts the voice repair's Web Worker. Vite finds `new Worker(new URL(…), { type: 'module' })` and
 * bundles the worker as a file of its own; the single-file build (vite.single.config.ts) swaps this
 * module for ./voiceWorker.inline.ts, which inlines it.
 */
export function createVoiceWorker(): Worker {
  return new Worker(new URL('./seekable.worker.ts', import.meta.url), { type: 'module' });
}
