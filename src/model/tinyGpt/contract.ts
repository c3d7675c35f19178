/**
 * The JSON contract of the terminal demos (`generate --json`, `train --json`), documented in the
 * README: the model's configuration, vocabulary and every weight, the prompt, one entry per
 * generated token, and the training run. Enough to recompute every logit independently.
 */
import { generate, type GenerateOptions } from './generate';
import { listParams, toWeights, type TinyGptParams, type TinyGptWeights } from './model';
import { shippedParams } from './shipped';
import { shippedTrainingReport, type TrainingReport } from './slides';
import { ADAMW_BETA1, ADAMW_BETA2, ADAMW_EPSILON, TRAIN_SET, setSequences, type Trainer } from './trainer';
import { VOCABULARY } from './vocabulary';

/** `config` of the contract. */
export interface ContractConfig {
  readonly dModel: number;
  readonly nHeads: number;
  readonly nLayers: number;
  readonly dFF: number;
  readonly contextLength: number;
  readonly activation: 'gelu-tanh';
  readonly layerNormEpsilon: number;
  readonly tiedEmbeddings: boolean;
}

/** `training` of the contract. */
export interface ContractTraining {
  readonly seed: number;
  readonly steps: number;
  readonly trainLoss: readonly number[];
  readonly trainAccuracy: number;
  readonly heldOutAccuracy: number;
  readonly heldOut: readonly { prompt: string; target: string; predicted: string; pTarget: number }[];
}

/** The whole `generate --json` object. */
export interface GenerateContract {
  readonly config: ContractConfig;
  readonly vocabulary: readonly string[];
  readonly weights: TinyGptWeights;
  readonly prompt: { readonly text: string; readonly tokens: readonly string[]; readonly ids: readonly number[] };
  readonly steps: readonly { attention: number[][][][]; logits: number[]; probabilities: number[]; next: string }[];
  readonly training: ContractTraining;
}

/** The contract's `config` block. */
export function contractConfig(params: TinyGptParams): ContractConfig {
  const c = params.config;
  return {
    dModel: c.dModel,
    nHeads: c.nHeads,
    nLayers: c.nLayers,
    dFF: c.dFF,
    contextLength: c.contextLength,
    activation: c.activation,
    layerNormEpsilon: c.layerNormEpsilon,
    tiedEmbeddings: c.tiedEmbeddings,
  };
}

/** The contract's `training` block from a training report. */
export function contractTraining(report: TrainingReport): ContractTraining {
  return {
    seed: report.seed,
    steps: report.steps,
    trainLoss: report.trainLoss,
    trainAccuracy: report.trainAccuracy,
    heldOutAccuracy: report.heldOutAccuracy,
    heldOut: report.heldOut.map(({ prompt, target, predicted, pTarget }) => ({ prompt, target, predicted, pTarget })),
  };
}

/** `generate --json` for the shipped model, or the German message why the prompt cannot be used. */
export function generateContract(
  promptText: string,
  options: GenerateOptions = {},
): { ok: true; contract: GenerateContract } | { ok: false; message: string } {
  const params = shippedParams();
  const result = generate(params, promptText, options);
  if (!result.ok) return result;
  return {
    ok: true,
    contract: {
      config: contractConfig(params),
      vocabulary: VOCABULARY,
      weights: toWeights(params),
      prompt: result.prompt,
      steps: result.steps.map((s) => ({ attention: s.attention, logits: s.logits, probabilities: s.probabilities, next: s.next })),
      training: contractTraining(shippedTrainingReport()),
    },
  };
}

/** `optimizer` of the `train --json` contract: everything AdamW needs to repeat the run. */
export interface ContractOptimizer {
  readonly name: 'AdamW';
  readonly learningRate: number;
  /** The learning rate is the same at every step. */
  readonly schedule: 'constant';
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  readonly weightDecay: number;
  /** Decoupled (Loshchilov & Hutter), as PyTorch: θ ← θ·(1 − η·λ), then θ ← θ − η·m̂/(√v̂ + ε), with bias correction. */
  readonly weightDecayForm: 'decoupled';
  /** Names of the tensors weight decay applies to (the weight matrices W_…); all others get none. */
  readonly weightDecayApplies: readonly string[];
  readonly gradientClipping: null;
}

/** The whole `train --json` object. */
export interface TrainContract {
  readonly config: ContractConfig;
  readonly vocabulary: readonly string[];
  /** Full-batch updates: every step uses every training sequence. */
  readonly steps: number;
  readonly optimizer: ContractOptimizer;
  /** The loss: mean cross-entropy over every row (every position of every sequence counts once). */
  readonly loss: { readonly name: 'cross-entropy'; readonly averaging: 'mean over all positions of all sequences' };
  /** The training sequences as the loss sees them: inputs[s][t] predicts targets[s][t]. */
  readonly sequences: { readonly inputs: readonly (readonly number[])[]; readonly targets: readonly (readonly number[])[] };
  readonly initialWeights: TinyGptWeights;
  readonly trainedWeights: TinyGptWeights;
  readonly training: ContractTraining;
}

/** `train --json` for a finished trainer run. */
export function trainContract(
  trainer: Trainer,
  run: { learningRate: number; weightDecay: number; steps: number },
  report: TrainingReport,
): TrainContract {
  const params = trainer.params();
  return {
    config: contractConfig(params),
    vocabulary: VOCABULARY,
    steps: run.steps,
    optimizer: {
      name: 'AdamW',
      learningRate: run.learningRate,
      schedule: 'constant',
      beta1: ADAMW_BETA1,
      beta2: ADAMW_BETA2,
      epsilon: ADAMW_EPSILON,
      weightDecay: run.weightDecay,
      weightDecayForm: 'decoupled',
      weightDecayApplies: listParams(params).filter((p) => p.decay).map((p) => p.name),
      gradientClipping: null,
    },
    loss: { name: 'cross-entropy', averaging: 'mean over all positions of all sequences' },
    sequences: setSequences(TRAIN_SET),
    initialWeights: trainer.initialWeights,
    trainedWeights: trainer.weights(),
    training: contractTraining(report),
  };
}
