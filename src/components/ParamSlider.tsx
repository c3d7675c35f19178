import { useId, type ReactNode } from 'react';
import { formatNumber } from '../format';
import { WithSubscripts } from './WithSubscripts';

type ParamSliderProps = {
  /** Text (an index written „n_head“ is set as a subscript), or markup. */
  label: ReactNode;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  digits?: number;
  /** How the value is printed beside the slider; default formatNumber(value, digits). */
  format?: (value: number) => string;
};

/** Clamps to [min, max]; anything that is not a finite number falls back to `fallback`. */
export function clampToRange(raw: number, min: number, max: number, fallback: number): number {
  if (!Number.isFinite(raw)) return fallback;
  return Math.min(Math.max(raw, min), max);
}

/** A labelled range slider with its value printed beside it (German format). */
export function ParamSlider({ label, value, min, max, step, onChange, digits = 2, format }: ParamSliderProps) {
  const id = useId();
  return (
    <div className="param-slider">
      <label htmlFor={id}>{typeof label === 'string' ? <WithSubscripts text={label} /> : label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={format ? format(value) : undefined}
        onChange={(event) => onChange(clampToRange(Number(event.target.value), min, max, value))}
      />
      <output htmlFor={id} className="num">
        {format ? format(value) : formatNumber(value, digits)}
      </output>
    </div>
  );
}
