/** The hallucination slide's counts, checked against the draws themselves. */
import { describe, expect, it } from 'vitest';
import { traceWorkedExample } from '../../src/model';
import { hallucinationRound } from '../../src/model/hallucination';

describe('hallucinationRound', () => {
  it('wrong = the draws that are not Frankreich, counted one by one', () => {
    for (const temperature of [0.5, 1, 2]) {
      const r = hallucinationRound(temperature, 20, 9001);
      expect(r.samples.draws).toHaveLength(20);
      let wrong = 0;
      for (const index of r.samples.draws) if (r.trace.vocabulary[index] !== 'Frankreich') wrong += 1;
      expect(r.wrong).toBe(wrong);
      expect(r.wrongShare).toBe(wrong / 20);
    }
  });

  it('draws with the probabilities at the chosen temperature; the notes quote p(Frankreich) at T = 1', () => {
    const r = hallucinationRound(2, 20, 9001);
    expect(r.samples.probabilities).toEqual(r.trace.probabilities);
    expect(r.trace.probabilities).not.toEqual(traceWorkedExample().probabilities);
    expect(r.pTargetDefault).toBe(traceWorkedExample().probabilities[0]);
  });

  it('the same seed gives the same answers (every window and replay agree)', () => {
    expect(hallucinationRound(1, 20, 9002).samples.draws).toEqual(hallucinationRound(1, 20, 9002).samples.draws);
  });

  it('no draws: nothing wrong', () => {
    expect(hallucinationRound(1, 0, 1)).toMatchObject({ wrong: 0, wrongShare: 0 });
  });
});
