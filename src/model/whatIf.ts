/**
 * The "Was wäre, wenn …?" experiments on the worked example that show where the answer comes from:
 * swap the city (Paris → Berlin / Madrid) and the answer follows the city's value vector; flatten
 * or drop the attention and the answer loses its certainty. The notes quote these numbers.
 */
import { MathInputError, add, argmax, assertLength, matVec, softmax, type Vector } from '../math';
import {
  CONTEXT_TOKENS,
  DEFAULT_PARAMS,
  FOCUS_INDEX,
  TARGET_INDEX,
  VOCABULARY,
  assertWorkedParams,
  traceWorkedExample,
  type TraceOptions,
  type WorkedParams,
  type WorkedTrace,
} from './workedExample';

/** The cities of the swap experiment. */
export type City = 'Paris' | 'Berlin' | 'Madrid';

/** The cities in the order of the slide's buttons. */
export const CITIES: readonly City[] = ['Paris', 'Berlin', 'Madrid'];

/** Position of the city in the context "Paris ist die Hauptstadt von". */
export const CITY_INDEX = 0;

/**
 * Hand-set embeddings of the three cities (features as in DEFAULT_PARAMS: Frankreich-, Deutschland-,
 * Spanien-Bezug, Funktionswort). Paris is the row of DEFAULT_PARAMS; the others point along their
 * own country feature with the same length, so the attention sees each city alike.
 */
export const CITY_EMBEDDINGS: Readonly<Record<City, Vector>> = Object.freeze({
  Paris: Object.freeze([1.0, 0.0, 0.0, 0.0]),
  Berlin: Object.freeze([0.0, 1.0, 0.0, 0.0]),
  Madrid: Object.freeze([0.0, 0.0, 1.0, 0.0]),
});

/** The correct next word for each city (an index into VOCABULARY). */
export const CITY_COUNTRY: Readonly<Record<City, number>> = Object.freeze({ Paris: 0, Berlin: 1, Madrid: 2 });

/** A copy of `params` whose first context token (the city) has the embedding of `city`. */
export function withCity(params: WorkedParams, city: City): WorkedParams {
  const op = 'withCity';
  assertWorkedParams(params, op);
  const vector = CITY_EMBEDDINGS[city];
  if (vector === undefined) throw new MathInputError(`${op}: city must be one of ${CITIES.join(', ')}, got ${String(city)}`);
  const embeddings = params.embeddings.map((row, i) => (i === CITY_INDEX ? vector.slice() : row));
  return { ...params, embeddings };
}

/**
 * The worked example with the city swapped: "<city> ist die Hauptstadt von …". Tokens, embedding
 * row 0 and the target (the city's country) change; the vocabulary and all weights stay the same.
 */
export function traceWithCity(
  city: City,
  params: WorkedParams = DEFAULT_PARAMS,
  options: Omit<TraceOptions, 'targetIndex'> = {},
): WorkedTrace {
  const trace = traceWorkedExample(withCity(params, city), { ...options, targetIndex: CITY_COUNTRY[city] });
  return { ...trace, tokens: CONTEXT_TOKENS.map((token, i) => (i === CITY_INDEX ? city : token)) };
}

/** The output of the focus token for one choice of attention weights. */
export interface AttentionCase {
  /** Attention weights a_j of "von" over the five context tokens (sum 1). */
  readonly weights: Vector;
  /** h = Σ_j a_j v_j. */
  readonly h: Vector;
  /** z = W_out h + b. */
  readonly logits: Vector;
  /** p = softmax(z) at T = 1. */
  readonly probabilities: Vector;
  /** argmax p. */
  readonly prediction: number;
  /** p_Frankreich. */
  readonly pTarget: number;
}

/** P(Frankreich) with the model's own attention against two replacements of it. */
export interface AttentionEvidence {
  /** The weights the query and keys produce (the lecture's trace). */
  readonly computed: AttentionCase;
  /** Every token weighted 1/5: "von" does not choose. */
  readonly uniform: AttentionCase;
  /** Weight 1 on "von" itself: h = v_von, no context at all. */
  readonly selfOnly: AttentionCase;
}

/** h = Σ_j a_j v_j for given weights, then the output layer; the values come from the trace. */
function caseFor(trace: WorkedTrace, weights: Vector): AttentionCase {
  assertLength(weights, trace.V.length, 'attentionEvidence', 'weights');
  const h = trace.V[0].map((_, i) => weights.reduce((s, a, j) => s + a * trace.V[j][i], 0));
  const logits = add(matVec(trace.W_out, h), trace.b);
  const probabilities = softmax(logits);
  return { weights, h, logits, probabilities, prediction: argmax(probabilities), pTarget: probabilities[TARGET_INDEX] };
}

/**
 * The evidence that attention matters, for the notes: the same values and output layer, with the
 * model's attention, with uniform attention and with "von" looking only at itself (T = 1).
 */
export function attentionEvidence(params: WorkedParams = DEFAULT_PARAMS): AttentionEvidence {
  const trace = traceWorkedExample(params);
  const n = trace.tokens.length;
  return {
    computed: caseFor(trace, trace.weights),
    uniform: caseFor(trace, Array.from({ length: n }, () => 1 / n)),
    selfOnly: caseFor(trace, Array.from({ length: n }, (_, j) => (j === FOCUS_INDEX ? 1 : 0))),
  };
}

/** The vocabulary word of a city's country, for labels: CITY_COUNTRY mapped through VOCABULARY. */
export function countryOf(city: City): string {
  return VOCABULARY[CITY_COUNTRY[city]];
}
