/**
 * The JSON contract of the terminal demos (`generate --json`, `train --json`), documented in the
 * README: the model's configuration, vocabulary and every weight, the prompt, one entry per
 * generated token, and the training run. Enough to recompute every logit independently.
 */
import { generate, type GenerateOptions } from './generate';
import { toWeights, type TinyGptParams, type TinyGptWeights } from './model';
import { shippedParams } from './shipped';
import { shippedTrainingReport, type TrainingReport } from './slides';
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
