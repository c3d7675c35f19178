import { ParamSlider } from './ParamSlider';

/** The softmax temperature's range on every slide that has it (clamped by ParamSlider). */
export const TEMPERATURE_RANGE = { min: 0.1, max: 3, step: 0.05 } as const;

/** „Temperatur T“: the same slider on the decoder, softmax and hallucination slides. */
export function TemperatureSlider({ value, onChange }: { value: number; onChange: (value: number) => void }) {
  return (
    <ParamSlider
      label="Temperatur T"
      value={value}
      min={TEMPERATURE_RANGE.min}
      max={TEMPERATURE_RANGE.max}
      step={TEMPERATURE_RANGE.step}
      onChange={onChange}
    />
  );
}
