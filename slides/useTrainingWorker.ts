/**
 * Live training of the tiny GPT for „Ein Modell lernt": a Web Worker runs the training session
 * (src/model/tinyGpt/trainingSession.ts) so that the deck never stalls, and posts a snapshot after
 * every ~50 ms of work. The slide's controls are shared state (presenter and audience windows follow
 * each other); every window runs its own worker, and the same seed gives the same run.
 *
 * If no worker can be started (a browser or page that forbids it, or a test environment without
 * Worker), the same session runs on the main thread, one slice per animation frame.
 */
import { useEffect, useRef, useState } from 'react';
import {
  DEFAULT_LEARNING_RATE,
  DEFAULT_SEED,
  appendHeldOut,
  createTrainingSession,
  type LossPoint,
  type TrainingCommand,
  type TrainingEvent,
  type TrainingSnapshot,
} from '../src/model/tinyGpt';
import { createTrainWorker } from './trainWorker';

/** The training worker for other users (the Mini-GPT's teach slide); through this module the single-file build's alias inlines it. */
export { createTrainWorker };

/** The shared controls: plain data, so that they can travel between windows. */
export interface TrainingControls {
  /** Train (true) or pause (false). */
  readonly running: boolean;
  /** Counts presses of „Trainieren", so that training resumes even if `running` was already true. */
  readonly runs: number;
  readonly learningRate: number;
  /** 0: the shipped, trained model; every press of „Zurücksetzen" adds one and starts a fresh run. */
  readonly resets: number;
}

export const INITIAL_TRAINING_CONTROLS: TrainingControls = { running: false, runs: 0, learningRate: DEFAULT_LEARNING_RATE, resets: 0 };

/** What the slide shows of a run. */
export interface TrainingRunState {
  /** The latest snapshot of the live run; null while the shipped model is shown. */
  readonly snapshot: TrainingSnapshot | null;
  /** Held-out loss at every snapshot of the live run. */
  readonly heldOut: readonly LossPoint[];
  readonly running: boolean;
  /** Where the live run trains. */
  readonly backend: 'worker' | 'main-thread' | null;
  readonly error: string | null;
}

const SHIPPED_STATE: TrainingRunState = { snapshot: null, heldOut: [], running: false, backend: null, error: null };

interface Backend {
  readonly kind: 'worker' | 'main-thread';
  post(command: TrainingCommand): void;
  terminate(): void;
}

function workerBackend(onEvent: (event: TrainingEvent) => void, onFail: () => void): Backend | null {
  try {
    const worker = createTrainWorker();
    worker.onmessage = (event: MessageEvent<TrainingEvent>) => onEvent(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      onFail();
    };
    return { kind: 'worker', post: (command) => worker.postMessage(command), terminate: () => worker.terminate() };
  } catch {
    return null;
  }
}

function mainThreadBackend(onEvent: (event: TrainingEvent) => void): Backend {
  let alive = true;
  const frames = new Set<number>();
  const session = createTrainingSession({
    post: (event) => {
      if (alive) onEvent(event);
    },
    schedule: (task) => {
      const id = requestAnimationFrame(() => {
        frames.delete(id);
        if (alive) task();
      });
      frames.add(id);
    },
    now: () => performance.now(),
  });
  return {
    kind: 'main-thread',
    post: (command) => session.handle(command),
    terminate: () => {
      alive = false;
      frames.forEach((id) => cancelAnimationFrame(id));
    },
  };
}

/** Turns changes of the shared controls into commands for one backend. Plain TS, no React. */
class TrainingRunner {
  private backend: Backend | null = null;
  private applied: TrainingControls | null = null;
  /** Commands since the last reset, replayed if the worker fails and the main thread takes over. */
  private sent: TrainingCommand[] = [];
  private state: TrainingRunState = SHIPPED_STATE;

  constructor(private readonly onChange: (state: TrainingRunState) => void) {}

  apply(controls: TrainingControls): void {
    const previous = this.applied;
    this.applied = controls;
    if (!previous || controls.resets !== previous.resets) {
      this.stop();
      if (controls.resets <= 0) {
        this.update(SHIPPED_STATE);
        return;
      }
      this.start();
      this.send({ type: 'reset', seed: DEFAULT_SEED, learningRate: controls.learningRate });
      if (controls.running) this.send({ type: 'start' });
      return;
    }
    if (!this.backend) return;
    if (controls.learningRate !== previous.learningRate) this.send({ type: 'setLearningRate', learningRate: controls.learningRate });
    if (controls.running !== previous.running || controls.runs !== previous.runs) this.send(controls.running ? { type: 'start' } : { type: 'pause' });
  }

  dispose(): void {
    this.stop();
  }

  private start(): void {
    this.sent = [];
    const onEvent = (backend: Backend) => (event: TrainingEvent) => {
      if (backend !== this.backend) return;
      if (event.type === 'error') this.update({ ...this.state, error: event.message, running: false });
      else this.update({ ...this.state, snapshot: event.snapshot, heldOut: appendHeldOut(this.state.heldOut, event.snapshot), running: event.running, error: null });
    };
    let worker: Backend | null = null;
    const fallBack = () => {
      if (this.backend !== worker) return;
      worker?.terminate();
      const main: Backend = mainThreadBackend((event) => onEvent(main)(event));
      this.useBackend(main);
      for (const command of this.sent) main.post(command);
    };
    worker = workerBackend((event) => worker && onEvent(worker)(event), fallBack);
    if (worker) {
      this.useBackend(worker);
    } else {
      const main: Backend = mainThreadBackend((event) => onEvent(main)(event));
      this.useBackend(main);
    }
  }

  private useBackend(backend: Backend): void {
    this.backend = backend;
    this.update({ ...SHIPPED_STATE, backend: backend.kind, snapshot: this.state.snapshot, heldOut: this.state.heldOut });
  }

  private stop(): void {
    this.backend?.terminate();
    this.backend = null;
    this.sent = [];
  }

  private send(command: TrainingCommand): void {
    this.sent.push(command);
    this.backend?.post(command);
    // Show the button's new state at once; the next snapshot confirms it.
    if (command.type === 'start') this.update({ ...this.state, running: true });
    if (command.type === 'pause') this.update({ ...this.state, running: false });
  }

  private update(state: TrainingRunState): void {
    this.state = state;
    this.onChange(state);
  }
}

/**
 * The run the training slide shows. With `enabled` false (PDF handout, static mode) no worker starts
 * and the shipped run is shown. The worker is terminated when the slide unmounts.
 */
export function useTrainingWorker(controls: TrainingControls, enabled: boolean): TrainingRunState {
  const [state, setState] = useState<TrainingRunState>(SHIPPED_STATE);
  const runner = useRef<TrainingRunner | null>(null);

  useEffect(() => {
    if (!enabled) return undefined;
    const created = new TrainingRunner(setState);
    runner.current = created;
    return () => {
      created.dispose();
      runner.current = null;
    };
  }, [enabled]);

  const { running, runs, learningRate, resets } = controls;
  useEffect(() => {
    runner.current?.apply({ running, runs, learningRate, resets });
  }, [enabled, running, runs, learningRate, resets]);

  return enabled ? state : SHIPPED_STATE;
}
