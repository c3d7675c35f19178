/**
 * Training the worked example by plain gradient descent, for the "loss goes down" slide and demo.
 */
import { MathInputError } from '../math';
import { DEFAULT_TEMPERATURE, TARGET_INDEX, traceWorkedExample, type WorkedParams } from './workedExample';

/** State of the model before step `step` is taken (step 0 is the initial state). */
export interface TrainingPoint {
  readonly step: number;
  /** L = −ln p_target at these parameters. */
  readonly loss: number;
  /** p_target = P(Frankreich) at these parameters. */
  readonly pTarget: number;
  readonly params: WorkedParams;
}

/** Options of {@link trainWorkedExample}. */
export interface TrainOptions {
  /** Number of gradient-descent steps (a non-negative integer). */
  readonly steps: number;
  /** Learning rate η > 0. */
  readonly learningRate: number;
  /** Output softmax temperature T > 0, default 1. */
  readonly temperature?: number;
}

/**
 * One gradient-descent step θ ← θ − η ∇_θ L(θ) on W_Q, W_K, W_V, W_out and b
 * (the embeddings stay fixed). Returns new parameters.
 */
export function stepWorkedExample(
  params: WorkedParams,
  learningRate: number,
  temperature: number = DEFAULT_TEMPERATURE,
): WorkedParams {
  return traceWorkedExample(params, { learningRate, temperature }).updated;
}

/**
 * Runs `steps` gradient-descent steps θ_{t+1} = θ_t − η ∇L(θ_t) and returns steps + 1 points:
 * the initial state (step 0) and the state after each step, with loss and P(target).
 */
export function trainWorkedExample(params: WorkedParams, options: TrainOptions): readonly TrainingPoint[] {
  const { steps, learningRate } = options;
  const temperature = options.temperature ?? DEFAULT_TEMPERATURE;
  if (!Number.isInteger(steps) || steps < 0) {
    throw new MathInputError(`trainWorkedExample: steps must be a non-negative integer, got ${String(steps)}`);
  }
  const points: TrainingPoint[] = [];
  let current = params;
  for (let step = 0; step <= steps; step++) {
    // The trace of the current parameters gives both this point's loss and the next parameters.
    const trace = traceWorkedExample(current, { learningRate, temperature });
    points.push({ step, loss: trace.loss, pTarget: trace.probabilities[TARGET_INDEX], params: current });
    current = trace.updated;
  }
  return points;
}
