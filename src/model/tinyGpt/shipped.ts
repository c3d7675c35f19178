/**
 * The trained weights the deck ships (written by `npm run train`), so that the deck opens with a
 * model that has already learned, and the training run that produced them.
 */
import { fromWeights, type TinyGptParams, type TinyGptWeights } from './model';
import {
  DEFAULT_LEARNING_RATE,
  DEFAULT_SEED,
  DEFAULT_TRAINING_STEPS,
  DEFAULT_WEIGHT_DECAY,
  TINY_GPT_CONFIG,
  createTrainer,
} from './trainer';
import shippedJson from './trainedWeights.json';
import { VOCABULARY } from './vocabulary';

/** The file format of trainedWeights.json. */
export interface ShippedModel {
  readonly seed: number;
  readonly learningRate: number;
  readonly weightDecay: number;
  readonly steps: number;
  readonly vocabulary: readonly string[];
  /** Training loss before each step. */
  readonly trainLoss: readonly number[];
  /** Training answer accuracy before each step. */
  readonly trainAccuracy: readonly number[];
  readonly weights: TinyGptWeights;
}

/** Trains with the default settings and returns what `npm run train` writes. */
export function trainShippedModel(): ShippedModel {
  const trainer = createTrainer({ seed: DEFAULT_SEED, learningRate: DEFAULT_LEARNING_RATE, weightDecay: DEFAULT_WEIGHT_DECAY });
  trainer.step(DEFAULT_TRAINING_STEPS);
  return {
    seed: DEFAULT_SEED,
    learningRate: DEFAULT_LEARNING_RATE,
    weightDecay: DEFAULT_WEIGHT_DECAY,
    steps: DEFAULT_TRAINING_STEPS,
    vocabulary: VOCABULARY,
    trainLoss: trainer.snapshot().trainLossHistory,
    trainAccuracy: trainer.trainAccuracyHistory,
    weights: trainer.weights(),
  };
}

/** The shipped file's contents. */
export const SHIPPED_MODEL: ShippedModel = shippedJson as ShippedModel;

let cached: TinyGptParams | undefined;

/** The shipped weights as model parameters (shapes checked once, then cached). */
export function shippedParams(): TinyGptParams {
  if (!cached) {
    if (SHIPPED_MODEL.vocabulary.join(' ') !== VOCABULARY.join(' ')) {
      throw new Error('trainedWeights.json was trained on another vocabulary; run `npm run train`');
    }
    cached = fromWeights(TINY_GPT_CONFIG, SHIPPED_MODEL.weights);
  }
  return cached;
}
