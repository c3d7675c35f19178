/**
 * The single-file build's training worker (vite.single.config.ts aliases ./trainWorker to this
 * file): the worker's code is inlined into the page and started from a blob: URL, because a page
 * opened from file:// may not start a worker from a file. If even that fails, useTrainingWorker
 * trains on the main thread.
 */
import TrainWorker from '../src/model/tinyGpt/train.worker.ts?worker&inline';

export function createTrainWorker(): Worker {
  return new TrainWorker();
}
