/**
 * Everything the cross-entropy slide (section 5) shows: the worked example's loss −ln p(Frankreich),
 * the one-hot target for the gradient p − y, the curve −ln p, and the "confident mistake" that the
 * notes quote (its loss, and how many times our loss it is).
 */
import { negativeLog, negativeLogCurve } from '../math';
import { traceWorkedExample } from './workedExample';

/** The default worked example, the mistake's probability for the right word, and the curve's samples. */
export function crossEntropyView(mistakeP: number, curveSamples: number) {
  const trace = traceWorkedExample();
  const mistakeLoss = negativeLog(mistakeP);
  return {
    trace,
    pTarget: trace.probabilities[trace.targetIndex],
    oneHot: trace.vocabulary.map((_, i) => (i === trace.targetIndex ? 1 : 0)),
    mistakeLoss,
    /** L(mistake) / L(ours). */
    mistakeRatio: mistakeLoss / trace.loss,
    /** −ln p from p = mistakeP to 1. */
    curve: negativeLogCurve(curveSamples, mistakeP),
  };
}
