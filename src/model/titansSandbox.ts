/**
 * Everything the Titans sandbox slide (section 8) shows, for one setting of η, θ, α: the run with
 * the chosen forgetting and the same run without forgetting (α = 0), the token with the largest
 * surprise, which tokens bring a fact for the first time (the hatched bars), and the chart ranges.
 */
import { runMemory, type MemoryPair, type MemoryParams, type MemoryRun, type MemoryRunStep } from './titansMemory';

/** One bar of the surprise chart: the token's fact, ‖∇ℓ‖, and whether the fact is new. */
export interface SurpriseBar {
  readonly label: string;
  readonly value: number;
  /** True at the first appearance of the fact (drawn hatched). */
  readonly highlight: boolean;
}

export interface TitansSandbox {
  /** The run with the chosen η, θ, α. */
  readonly run: MemoryRun;
  /** The same run with α = 0 (no forgetting), the dashed recall curve. */
  readonly keep: MemoryRun;
  /** Index of the token with the largest surprise ‖∇ℓ‖ (the first one on a tie). */
  readonly peak: number;
  readonly peakStep: MemoryRunStep;
  /** Index of the last token and its step. */
  readonly last: number;
  readonly lastStep: MemoryRunStep;
  /** Recall error of the first fact after the last token, without and with forgetting. */
  readonly finalRecallKeep: number;
  readonly finalRecall: number;
  readonly bars: readonly SurpriseBar[];
  /** Mean surprise ‖∇ℓ‖ over the tokens that bring a fact for the first time, and over the repeats. */
  readonly meanSurpriseNew: number;
  readonly meanSurpriseRepeat: number;
  /** 1-based position of the first token of each fact, in order of appearance (A at 1, …). */
  readonly firstPositions: readonly { readonly label: string; readonly position: number }[];
  /** Height of a full surprise bar: the largest surprise, at least 4 (so small runs stay small). */
  readonly surpriseMax: number;
  /** Top of the recall chart: the largest recall error or 1.5 × the empty memory's, rounded up to a half. */
  readonly recallMax: number;
  /** [token t (1-based), recall error after t] for both runs. */
  readonly recallKeep: readonly (readonly [number, number])[];
  readonly recallRun: readonly (readonly [number, number])[];
}

/** Runs the sandbox's memory twice (with α and with α = 0) and reads off all it shows. */
export function titansSandbox(stream: readonly MemoryPair[], params: MemoryParams): TitansSandbox {
  const run = runMemory(stream, params);
  const keep = runMemory(stream, { ...params, alpha: 0 });
  const last = run.steps.length - 1;
  let peak = 0;
  run.steps.forEach((step, t) => {
    if (step.gradientNorm > run.steps[peak].gradientNorm) peak = t;
  });
  const seen = new Set<string>();
  const bars = run.steps.map((step): SurpriseBar => {
    const highlight = !seen.has(step.label);
    seen.add(step.label);
    return { label: step.label, value: step.gradientNorm, highlight };
  });
  const mean = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
  const meanSurpriseNew = mean(bars.filter((b) => b.highlight).map((b) => b.value));
  const meanSurpriseRepeat = mean(bars.filter((b) => !b.highlight).map((b) => b.value));
  const firstPositions = bars.flatMap((b, t) => (b.highlight ? [{ label: b.label, position: t + 1 }] : []));
  const maxRecall = Math.max(run.recallBaseline * 1.5, ...run.steps.map((s) => s.recallError), ...keep.steps.map((s) => s.recallError));
  const series = (steps: readonly MemoryRunStep[]) => steps.map((s, t) => [t + 1, s.recallError] as const);
  return {
    run,
    keep,
    peak,
    peakStep: run.steps[peak],
    last,
    lastStep: run.steps[last],
    finalRecallKeep: keep.steps[last].recallError,
    finalRecall: run.steps[last].recallError,
    bars,
    meanSurpriseNew,
    meanSurpriseRepeat,
    firstPositions,
    surpriseMax: Math.max(4, ...run.steps.map((s) => s.gradientNorm)),
    recallMax: Math.ceil(maxRecall * 2) / 2,
    recallKeep: series(keep.steps),
    recallRun: series(run.steps),
  };
}
