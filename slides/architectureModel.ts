/** The model size shared by the two parameter-count slides of section 7 (one state, two slides). */
import { clampToRange } from '../src/components/ParamSlider';
import { useSharedState } from '../src/shell/useSharedState';
import { MODEL_PRESETS, type ModelPreset, type ModelShape } from '../src/model/parameterCount';
import { formatInteger } from '../src/format';

type Size = 'dModel' | 'heads' | 'layers' | 'vocabSize' | 'contextLength';

/** Slider ranges; every preset lies on a slider step (768, 1024, 12288 are multiples of 64, …). */
export const SIZE_RANGES: Record<Size, { label: string; min: number; max: number; step: number }> = {
  dModel: { label: 'Breite d', min: 64, max: 12288, step: 64 },
  heads: { label: 'Köpfe n_head', min: 1, max: 128, step: 1 },
  layers: { label: 'Blöcke n_Block', min: 1, max: 96, step: 1 },
  vocabSize: { label: 'Vokabular n_vocab', min: 1000, max: 100000, step: 1 },
  contextLength: { label: 'Kontext n_ctx', min: 128, max: 4096, step: 128 },
};

export const INITIAL_SHAPE = MODEL_PRESETS[0].shape;

export type ModelSize = Required<Omit<ModelShape, 'dFF'>>;

/** The shared model size, every entry clamped to its slider and rounded to a whole number. */
export function useModelSize(): [ModelSize, (next: ModelSize) => void] {
  const [raw, setRaw] = useSharedState<ModelSize>('architecture.model', INITIAL_SHAPE);
  const size = Object.fromEntries(
    (Object.keys(SIZE_RANGES) as Size[]).map((key) => {
      const { min, max } = SIZE_RANGES[key];
      return [key, Math.round(clampToRange(Number(raw?.[key]), min, max, INITIAL_SHAPE[key]))];
    }),
  ) as ModelSize;
  return [size, setRaw];
}

/** The preset whose sizes are all on the sliders right now, if any. */
export function activePreset(size: ModelSize) {
  return MODEL_PRESETS.find((p) => (Object.keys(SIZE_RANGES) as Size[]).every((key) => p.shape[key] === size[key]));
}

/** A preset's button label: its name, and its shape where the name does not say it („GPT-3 (96 Blöcke, d = 12.288)“). */
export function presetLabel(preset: ModelPreset): string {
  const { layers, dModel } = preset.shape;
  return preset.labelShowsShape ? `${preset.name} (${formatInteger(layers)} Blöcke, d = ${formatInteger(dModel)})` : preset.name;
}
