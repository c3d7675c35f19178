import { cssVar, type Role } from '../theme/palette';
import { formatNumber } from '../format';

export type Bar = {
  label: string;
  value: number;
  /** Marks one bar (e.g. the target word) with a pattern and bold text, not only colour. */
  highlight?: boolean;
};

type BarChartProps = {
  bars: readonly Bar[];
  /** Read by screen readers and shown above the chart. */
  caption: string;
  role?: Role;
  /** The value of a full-width bar; defaults to 1 (probabilities, attention weights). */
  max?: number;
  digits?: number;
  hideCaption?: boolean;
};

/** Horizontal bars with every value printed beside its bar; a list, so screen readers read it. */
export function BarChart({ bars, caption, role = 'probability', max = 1, digits = 2, hideCaption = false }: BarChartProps) {
  const scale = max > 0 && Number.isFinite(max) ? max : 1;
  return (
    <figure className="bar-chart">
      <figcaption className={hideCaption ? 'visually-hidden' : 'chart-caption'}>{caption}</figcaption>
      <ul>
        {bars.map((bar) => {
          const fraction = Number.isFinite(bar.value) ? Math.min(Math.max(bar.value / scale, 0), 1) : 0;
          return (
            <li key={bar.label} className={bar.highlight ? 'bar bar-highlight' : 'bar'}>
              <span className="bar-label">{bar.label}</span>
              <span className="bar-track" aria-hidden="true">
                <span
                  className="bar-fill"
                  style={{ width: `${fraction * 100}%`, backgroundColor: cssVar(role) }}
                />
              </span>
              <span className="bar-value num">{formatNumber(bar.value, digits)}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
