/**
 * Starts the tiny GPT's training Web Worker. Vite finds `new Worker(new URL(…), { type: 'module' })`
 * and bundles the worker as a file of its own (dist/assets/train.worker-….js). The single-file
 * build (vite.single.config.ts) swaps this module for ./trainWorker.inline.ts, which inlines it.
 */
export function createTrainWorker(): Worker {
  return new Worker(new URL('../src/model/tinyGpt/train.worker.ts', import.meta.url), { type: 'module' });
}
