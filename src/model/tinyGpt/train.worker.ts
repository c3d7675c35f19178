/**
 * The training Web Worker: `new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' })`.
 * Post it {type: 'start' | 'pause' | 'reset' | 'setLearningRate', …} (see TrainingCommand); it posts a
 * TrainingEvent with a snapshot after every ~50 ms of training. No DOM: only postMessage and onmessage.
 */
import { createTrainingSession, type TrainingCommand, type TrainingEvent } from './trainingSession';

/** The part of the worker global this file uses. */
interface WorkerScope {
  postMessage(message: TrainingEvent): void;
  onmessage: ((event: MessageEvent<TrainingCommand>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const session = createTrainingSession({
  post: (event) => scope.postMessage(event),
  schedule: (task) => setTimeout(task, 0),
  now: () => performance.now(),
});
scope.onmessage = (event) => session.handle(event.data);
