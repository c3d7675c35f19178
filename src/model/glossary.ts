/**
 * The glossary's line „im Rechenbeispiel“ for each term: where the term shows up in the worked
 * example, as numbers of the one trace (and the conclusion's one learning step).
 */
import { conclusionChain } from './conclusion';
import { DEFAULT_PARAMS, traceWorkedExample, type WorkedParams } from './workedExample';

export interface GlossaryExample {
  /** The prompt's tokens (in the worked example, one word is one token). */
  readonly tokens: readonly string[];
  readonly focus: string;
  /** The focus token's embedding e_von. */
  readonly focusEmbedding: readonly number[];
  /** The token the focus attends to most, and that weight. */
  readonly topToken: string;
  readonly topWeight: number;
  /** z, one logit per word of the vocabulary, in the vocabulary's order. */
  readonly logits: readonly number[];
  readonly vocabulary: readonly string[];
  readonly target: string;
  readonly pTarget: number;
  /** L = −ln P(target). */
  readonly loss: number;
  /** ∂L/∂z = p − y. */
  readonly gradLogits: readonly number[];
  /** ∂L/∂h = ∂L/∂z · W_outᵀ: what backpropagation hands back to the context vector. */
  readonly gradContext: readonly number[];
  /** One gradient-descent step: its learning rate and P(target) after it. */
  readonly learningRate: number;
  readonly pTargetAfterStep: number;
}

export function glossaryExample(params: WorkedParams = DEFAULT_PARAMS): GlossaryExample {
  const trace = traceWorkedExample(params);
  const chain = conclusionChain(params);
  return {
    tokens: trace.tokens,
    focus: trace.focus,
    focusEmbedding: trace.embeddings[trace.focusIndex],
    topToken: chain.topToken,
    topWeight: chain.topWeight,
    logits: trace.logits,
    vocabulary: trace.vocabulary,
    target: chain.target,
    pTarget: chain.pTarget,
    loss: chain.loss,
    gradLogits: trace.gradLogits,
    gradContext: trace.grads.h,
    learningRate: chain.learningRate,
    pTargetAfterStep: chain.pTargetAfterStep,
  };
}
