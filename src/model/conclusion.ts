/**
 * The conclusion's chain through the worked example („Vom Token zur Antwort“ in numbers): the focus
 * token, where its attention goes, the target's logit and probability, the loss, and the target's
 * probability after one gradient-descent step.
 */
import { argmax } from '../math';
import { stepWorkedExample } from './trainer';
import { DEFAULT_LEARNING_RATE, DEFAULT_PARAMS, traceWorkedExample, type WorkedParams } from './workedExample';

export interface ConclusionChain {
  readonly focus: string;
  /** The token with the largest attention weight and that weight. */
  readonly topToken: string;
  readonly topWeight: number;
  readonly target: string;
  readonly targetLogit: number;
  readonly pTarget: number;
  readonly loss: number;
  readonly learningRate: number;
  /** P(target) after one step with `learningRate`. */
  readonly pTargetAfterStep: number;
}

export function conclusionChain(params: WorkedParams = DEFAULT_PARAMS, learningRate = DEFAULT_LEARNING_RATE): ConclusionChain {
  const trace = traceWorkedExample(params);
  const top = argmax(trace.weights);
  const after = traceWorkedExample(stepWorkedExample(params, learningRate));
  return {
    focus: trace.focus,
    topToken: trace.tokens[top],
    topWeight: trace.weights[top],
    target: trace.vocabulary[trace.targetIndex],
    targetLogit: trace.logits[trace.targetIndex],
    pTarget: trace.probabilities[trace.targetIndex],
    loss: trace.loss,
    learningRate,
    pTargetAfterStep: after.probabilities[after.targetIndex],
  };
}
