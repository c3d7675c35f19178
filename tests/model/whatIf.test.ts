/** The city swap and the attention evidence of "Was wäre, wenn …?" (numbers: tests/fixtures/workedExample.md). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, traceWorkedExample } from '../../src/model';
import { CITIES, CITY_EMBEDDINGS, attentionEvidence, countryOf, traceWithCity, withCity, type City } from '../../src/model/whatIf';
import { expectAllClose } from '../helpers/finiteDifference';

describe('withCity / traceWithCity', () => {
  it('replaces only the city row and the first token; Paris is the default example', () => {
    const params = withCity(DEFAULT_PARAMS, 'Berlin');
    expect(params.embeddings[0]).toEqual([0, 1, 0, 0]);
    params.embeddings.slice(1).forEach((row, i) => expect(row).toBe(DEFAULT_PARAMS.embeddings[i + 1]));
    expect(params.W_out).toBe(DEFAULT_PARAMS.W_out);
    expect(CITY_EMBEDDINGS.Paris).toEqual(DEFAULT_PARAMS.embeddings[0]);
    expect(traceWithCity('Berlin').tokens).toEqual(['Berlin', 'ist', 'die', 'Hauptstadt', 'von']);
    expect(traceWithCity('Paris').probabilities).toEqual(traceWorkedExample().probabilities);
  });

  it('gives the hand-worked probabilities of the fixture', () => {
    expectAllClose(traceWithCity('Berlin').probabilities, [0.193988, 0.612024, 0.193988], 5e-7, 0);
    expectAllClose(traceWithCity('Madrid').probabilities, [0.218471, 0.344804, 0.436726], 5e-7, 0);
    expect(traceWithCity('Berlin').loss).toBeCloseTo(0.490984, 6);
    expect(CITIES.map(countryOf)).toEqual(['Frankreich', 'Deutschland', 'Spanien']);
  });

  it('rejects an unknown city with a clear message', () => {
    expect(() => withCity(DEFAULT_PARAMS, 'Rom' as City)).toThrow('withCity: city must be one of Paris, Berlin, Madrid, got Rom');
  });
});

describe('attentionEvidence', () => {
  const e = attentionEvidence();

  it('gives the hand-worked numbers of the fixture', () => {
    expectAllClose(e.computed.probabilities, [0.436726, 0.344804, 0.218471], 5e-7, 0);
    expectAllClose(e.uniform.probabilities, [0.331363, 0.407978, 0.260659], 5e-7, 0);
    expectAllClose(e.uniform.h, [0.22, 0.06, 0.02, 0.28], 1e-12, 0);
    expectAllClose(e.selfOnly.probabilities, [0.286383, 0.427234, 0.286383], 5e-7, 0);
    expect([e.computed.prediction, e.uniform.prediction, e.selfOnly.prediction]).toEqual([0, 1, 1]);
  });

  it('uses weights that sum to 1 and the trace values', () => {
    for (const c of [e.computed, e.uniform, e.selfOnly]) expect(c.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    expect(e.selfOnly.weights).toEqual([0, 0, 0, 0, 1]);
    expectAllClose(e.computed.h, traceWorkedExample().h, 1e-15, 0);
  });
});
