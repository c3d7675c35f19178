// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createTrainer, createTrainingSession, type TrainingEvent } from '../../../src/model/tinyGpt';

/** A fake host: tasks run when `flush` says so, the clock advances 10 ms per reading. */
function fakeHost() {
  const events: TrainingEvent[] = [];
  const tasks: (() => void)[] = [];
  let clock = 0;
  return {
    events,
    host: { post: (e: TrainingEvent) => events.push(e), schedule: (t: () => void) => tasks.push(t), now: () => (clock += 10) },
    flush(max = 100) {
      for (let i = 0; i < max && tasks.length > 0; i++) tasks.shift()?.();
    },
  };
}

describe('training session (the worker logic)', () => {
  it('trains in slices, posts snapshots, stops at maxSteps', () => {
    const f = fakeHost();
    const session = createTrainingSession(f.host);
    session.handle({ type: 'start', maxSteps: 12 });
    f.flush();
    const snapshots = f.events.filter((e) => e.type === 'snapshot');
    expect(snapshots.length).toBeGreaterThan(1);
    const last = snapshots[snapshots.length - 1];
    expect(last.type === 'snapshot' && last.snapshot.step).toBe(12);
    expect(last.type === 'snapshot' && last.running).toBe(false);
    // Same numbers as the trainer driven directly.
    const direct = createTrainer();
    direct.step(12);
    expect(last.type === 'snapshot' && last.snapshot.trainLoss).toBe(direct.snapshot().trainLoss);
  });

  it('pause stops scheduled slices; reset starts over; a bad learning rate is an error event', () => {
    const f = fakeHost();
    const session = createTrainingSession(f.host);
    session.handle({ type: 'start', maxSteps: 50 });
    session.handle({ type: 'pause' });
    f.flush();
    expect(session.trainer().steps).toBe(0);
    session.handle({ type: 'setLearningRate', learningRate: -1 });
    expect(f.events.at(-1)).toMatchObject({ type: 'error' });
    session.handle({ type: 'setLearningRate', learningRate: 0.01 });
    session.handle({ type: 'start', maxSteps: 3 });
    f.flush();
    expect(session.trainer().steps).toBe(3);
    session.handle({ type: 'reset', seed: 2 });
    expect(session.trainer().steps).toBe(0);
    const snap = f.events.at(-1);
    expect(snap?.type === 'snapshot' && snap.snapshot.probeTokens).toEqual(['Paris', 'ist', 'die', 'Hauptstadt', 'von']);
    expect(snap?.type === 'snapshot' && structuredClone(snap.snapshot)).toEqual(snap?.type === 'snapshot' && snap.snapshot);
  });
});
