/**
 * The logic of the training Web Worker, free of any DOM or worker global so that it can be tested:
 * messages in, snapshots out. Training runs in slices of about 50 ms of work; after each slice a
 * snapshot is posted and control goes back to the event loop, so that „pause" and a new learning
 * rate arrive between slices.
 */
import { DEFAULT_LEARNING_RATE, DEFAULT_SEED, DEFAULT_TRAINING_STEPS, createTrainer, type Trainer, type TrainingSnapshot } from './trainer';

/** Messages the page sends to the worker. */
export type TrainingCommand =
  | { readonly type: 'start'; readonly maxSteps?: number }
  | { readonly type: 'pause' }
  | { readonly type: 'reset'; readonly seed?: number; readonly learningRate?: number }
  | { readonly type: 'setLearningRate'; readonly learningRate: number };

/** Messages the worker sends back. */
export type TrainingEvent =
  | { readonly type: 'snapshot'; readonly running: boolean; readonly snapshot: TrainingSnapshot }
  | { readonly type: 'error'; readonly message: string };

/** What the session needs from its surroundings. */
export interface SessionHost {
  post(event: TrainingEvent): void;
  /** Runs `task` later (setTimeout(task, 0) in a worker). */
  schedule(task: () => void): void;
  /** Milliseconds (performance.now in a worker). */
  now(): number;
}

/** Milliseconds of training between two snapshots. */
export const SLICE_MILLISECONDS = 50;

/** A training session: call `handle` with every incoming message. */
export function createTrainingSession(host: SessionHost) {
  let seed = DEFAULT_SEED;
  let learningRate = DEFAULT_LEARNING_RATE;
  let trainer: Trainer = createTrainer({ seed, learningRate });
  let running = false;
  let maxSteps = DEFAULT_TRAINING_STEPS;
  let generation = 0; // invalidates slices scheduled before a reset or pause

  const post = () => host.post({ type: 'snapshot', running, snapshot: trainer.snapshot() });

  const slice = (ticket: number) => {
    if (!running || ticket !== generation) return;
    const start = host.now();
    do trainer.step(1);
    while (trainer.steps < maxSteps && host.now() - start < SLICE_MILLISECONDS);
    if (trainer.steps >= maxSteps) running = false;
    post();
    if (running) host.schedule(() => slice(ticket));
  };

  const handle = (command: TrainingCommand): void => {
    try {
      switch (command.type) {
        case 'start':
          maxSteps = command.maxSteps ?? Math.max(maxSteps, trainer.steps + DEFAULT_TRAINING_STEPS);
          if (!running) {
            running = true;
            generation++;
            const ticket = generation;
            host.schedule(() => slice(ticket));
          }
          break;
        case 'pause':
          running = false;
          generation++;
          post();
          break;
        case 'reset':
          running = false;
          generation++;
          seed = command.seed ?? seed;
          learningRate = command.learningRate ?? learningRate;
          trainer = createTrainer({ seed, learningRate });
          maxSteps = DEFAULT_TRAINING_STEPS;
          post();
          break;
        case 'setLearningRate':
          trainer.setLearningRate(command.learningRate);
          learningRate = command.learningRate;
          break;
      }
    } catch (error) {
      host.post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return { handle, trainer: () => trainer };
}
