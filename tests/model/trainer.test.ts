import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MathInputError } from '../../src/math';
import {
  DEFAULT_LEARNING_RATE,
  DEFAULT_PARAMS,
  stepWorkedExample,
  traceWorkedExample,
  trainWorkedExample,
} from '../../src/model';

describe('trainWorkedExample', () => {
  const run = trainWorkedExample(DEFAULT_PARAMS, { steps: 20, learningRate: DEFAULT_LEARNING_RATE });

  it('step 0 is the initial state', () => {
    expect(run).toHaveLength(21);
    expect(run[0].step).toBe(0);
    expect(run[0].params).toBe(DEFAULT_PARAMS);
    const t = traceWorkedExample();
    expect(run[0].loss).toBe(t.loss);
    expect(run[0].pTarget).toBe(t.probabilities[0]);
  });

  it('the loss decreases monotonically over the first 20 steps at the default learning rate', () => {
    for (let i = 1; i < run.length; i++) expect(run[i].loss).toBeLessThan(run[i - 1].loss);
  });

  it('P(Frankreich) rises monotonically and the loss stays −ln P(Frankreich)', () => {
    for (let i = 1; i < run.length; i++) expect(run[i].pTarget).toBeGreaterThan(run[i - 1].pTarget);
    for (const point of run) expect(point.loss).toBeCloseTo(-Math.log(point.pTarget), 12);
    expect(run[20].pTarget).toBeGreaterThan(0.9);
  });

  it('each point is one stepWorkedExample after the previous one', () => {
    expect(run[1].params).toEqual(stepWorkedExample(DEFAULT_PARAMS, DEFAULT_LEARNING_RATE));
    expect(run[2].params).toEqual(stepWorkedExample(run[1].params, DEFAULT_LEARNING_RATE));
  });

  it('a smaller learning rate learns more slowly but also monotonically', () => {
    const slow = trainWorkedExample(DEFAULT_PARAMS, { steps: 50, learningRate: 0.1 });
    for (let i = 1; i < slow.length; i++) expect(slow[i].loss).toBeLessThan(slow[i - 1].loss);
    expect(slow[20].pTarget).toBeLessThan(run[20].pTarget);
  });

  it('1000 steps stay finite and fit the single example', () => {
    const long = trainWorkedExample(DEFAULT_PARAMS, { steps: 1000, learningRate: DEFAULT_LEARNING_RATE });
    expect(long).toHaveLength(1001);
    expect(long.every((p) => Number.isFinite(p.loss))).toBe(true);
    expect(long[1000].pTarget).toBeGreaterThan(0.99);
  });

  it('validates steps, learning rate and temperature', () => {
    expect(() => trainWorkedExample(DEFAULT_PARAMS, { steps: -1, learningRate: 0.1 })).toThrow(
      'trainWorkedExample: steps must be a non-negative integer, got -1',
    );
    expect(() => trainWorkedExample(DEFAULT_PARAMS, { steps: 1.5, learningRate: 0.1 })).toThrow(MathInputError);
    expect(() => trainWorkedExample(DEFAULT_PARAMS, { steps: 2, learningRate: 0 })).toThrow(MathInputError);
    expect(() => stepWorkedExample(DEFAULT_PARAMS, NaN)).toThrow(MathInputError);
    expect(() => stepWorkedExample(DEFAULT_PARAMS, 0.1, -1)).toThrow(MathInputError);
    expect(trainWorkedExample(DEFAULT_PARAMS, { steps: 0, learningRate: 0.1 })).toHaveLength(1);
  });
});

describe('traceWorkedExample option and parameter validation', () => {
  it('rejects non-finite or non-positive temperature and learning rate with a clear message', () => {
    for (const bad of [0, -1, NaN, Infinity, -Infinity]) {
      expect(() => traceWorkedExample(DEFAULT_PARAMS, { temperature: bad })).toThrow(MathInputError);
      expect(() => traceWorkedExample(DEFAULT_PARAMS, { learningRate: bad })).toThrow(MathInputError);
    }
    expect(() => traceWorkedExample(DEFAULT_PARAMS, { temperature: 0 })).toThrow(
      'traceWorkedExample: temperature must be a finite number > 0, got 0',
    );
    expect(() => traceWorkedExample(DEFAULT_PARAMS, { learningRate: NaN })).toThrow(
      'traceWorkedExample: learningRate must be a finite number > 0, got NaN',
    );
  });

  it('rejects parameters of the wrong shape, printing the shapes', () => {
    expect(() => traceWorkedExample({ ...DEFAULT_PARAMS, W_Q: DEFAULT_PARAMS.W_out })).toThrow(
      'traceWorkedExample: expected W_Q to be 4x4, got 3x4',
    );
    expect(() => traceWorkedExample({ ...DEFAULT_PARAMS, b: [0, 0] })).toThrow(
      'traceWorkedExample: expected b to have length 3, got 2',
    );
  });

  it('rejects NaN in the parameters', () => {
    const W_V = DEFAULT_PARAMS.W_V.map((row, i) => (i === 2 ? [row[0], NaN, row[2], row[3]] : row));
    expect(() => traceWorkedExample({ ...DEFAULT_PARAMS, W_V })).toThrow('traceWorkedExample: W_V contains NaN at [2, 1]');
  });

  it('does not mutate DEFAULT_PARAMS', () => {
    const copy = JSON.parse(JSON.stringify(DEFAULT_PARAMS)) as unknown;
    trainWorkedExample(DEFAULT_PARAMS, { steps: 5, learningRate: 0.5 });
    expect(DEFAULT_PARAMS).toEqual(copy);
  });
});

describe('trainWorkedExample: the lean training loop', () => {
  /** Equal up to rounding: 1e-12 relative (losses reach about 50 for random parameters, so an absolute bound is flaky). */
  const near = (x: number, y: number) => expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(y)));
  const close = (a: readonly (readonly number[])[], b: readonly (readonly number[])[]) =>
    a.forEach((row, i) => row.forEach((x, j) => near(x, b[i][j])));

  it('takes exactly the steps of the full trace (traceWorkedExample(…).updated), for any parameters, η and T', () => {
    const entry = fc.double({ min: -2, max: 2, noNaN: true });
    const matrix = (rows: number, cols: number) => fc.array(fc.array(entry, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
    fc.assert(
      fc.property(
        matrix(4, 4),
        matrix(4, 4),
        matrix(4, 4),
        matrix(3, 4),
        fc.array(entry, { minLength: 3, maxLength: 3 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0.2, max: 3, noNaN: true }),
        (W_Q, W_K, W_V, W_out, b, learningRate, temperature) => {
          const start = { ...DEFAULT_PARAMS, W_Q, W_K, W_V, W_out, b };
          const lean = trainWorkedExample(start, { steps: 5, learningRate, temperature });
          let reference: typeof DEFAULT_PARAMS = start;
          for (let step = 0; step <= 5; step++) {
            const trace = traceWorkedExample(reference, { learningRate, temperature });
            near(lean[step].loss, trace.loss);
            near(lean[step].pTarget, trace.probabilities[0]);
            for (const key of ['W_Q', 'W_K', 'W_V', 'W_out'] as const) close(lean[step].params[key], reference[key]);
            close([lean[step].params.b], [reference.b]);
            reference = trace.updated;
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
