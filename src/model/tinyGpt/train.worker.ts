/**
 * The training Web Worker: `new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' })`.
 * Post it {type: 'start' | 'pause' | 'reset' | 'setLearningRate', …} (see TrainingCommand); it posts a
 * TrainingEvent with a snapshot after every ~50 ms of training. Post it {type: 'teach', id, corpus}
 * (see TeachCommand) and it trains a fresh model on a student corpus, posting TeachEvents.
 * No DOM: only postMessage and onmessage.
 */
import { createTeachSession, isTeachCommand, type TeachCommand, type TeachEvent } from './teach';
import { createTrainingSession, type TrainingCommand, type TrainingEvent } from './trainingSession';

/** The part of the worker global this file uses. */
interface WorkerScope {
  postMessage(message: TrainingEvent | TeachEvent): void;
  onmessage: ((event: MessageEvent<TrainingCommand | TeachCommand>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const host = {
  post: (event: TrainingEvent | TeachEvent) => scope.postMessage(event),
  schedule: (task: () => void) => setTimeout(task, 0),
  now: () => performance.now(),
};
const session = createTrainingSession(host);
const teach = createTeachSession(host);
scope.onmessage = (event) => (isTeachCommand(event.data) ? teach.handle(event.data) : session.handle(event.data));
