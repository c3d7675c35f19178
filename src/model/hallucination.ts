/**
 * Everything the hallucination slide (section 9) shows for one temperature and one round of
 * draws: the distribution, the drawn answers, how many are wrong, and p(Frankreich) at T = 1,
 * which the notes quote.
 */
import { sampleMany, type SampleRun } from './sampling';
import { DEFAULT_PARAMS, traceWorkedExample, type WorkedTrace } from './workedExample';

export interface HallucinationRound {
  readonly trace: WorkedTrace;
  readonly samples: SampleRun;
  /** Draws that are not the target word, and their share of all draws. */
  readonly wrong: number;
  readonly wrongShare: number;
  /** p(target) of the default model at T = 1. */
  readonly pTargetDefault: number;
}

export function hallucinationRound(temperature: number, draws: number, seed: number): HallucinationRound {
  const trace = traceWorkedExample(DEFAULT_PARAMS, { temperature });
  const samples = sampleMany(trace.probabilities, draws, seed);
  const wrong = draws - samples.counts[trace.targetIndex];
  return {
    trace,
    samples,
    wrong,
    wrongShare: draws === 0 ? 0 : wrong / draws,
    pTargetDefault: traceWorkedExample().probabilities[trace.targetIndex],
  };
}
