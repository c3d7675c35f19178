import { cssVar, type Role } from '../theme/palette';
import { formatNumber } from '../format';
import './TokenBars.css';

export type TokenBar = {
  /** Short label under the bar, e.g. the fact "A". */
  label: string;
  value: number;
  /** Marks a bar with a hatch pattern and bold label, not only colour. */
  highlight?: boolean;
};

type TokenBarsProps = {
  bars: readonly TokenBar[];
  /** Shown above the chart and read by screen readers together with every value. */
  caption: string;
  /** Value of a full-height bar; bars above it are clipped at the top. */
  max: number;
  role?: Role;
  digits?: number;
  width?: number;
  height?: number;
};

const TOP = 26;
const BOTTOM = 52;

/**
 * One vertical bar per token, left to right in reading order, each with its value printed above
 * and its position and label below. Screen readers get the same numbers as a list.
 */
export function TokenBars({ bars, caption, max, role = 'gradient', digits = 2, width = 700, height = 230 }: TokenBarsProps) {
  const scale = Number.isFinite(max) && max > 0 ? max : 1;
  const slot = width / Math.max(bars.length, 1);
  const inner = height - TOP - BOTTOM;
  return (
    <figure className="token-bars">
      <figcaption className="chart-caption">{caption}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true">
        <defs>
          <pattern id="token-bars-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill={cssVar(role)} />
            <line x1="0" y1="0" x2="0" y2="8" stroke={cssVar('bg')} strokeWidth="3" />
          </pattern>
        </defs>
        <line x1={0} x2={width} y1={TOP + inner} y2={TOP + inner} stroke={cssVar('border')} />
        {bars.map((bar, i) => {
          const fraction = Number.isFinite(bar.value) ? Math.min(Math.max(bar.value / scale, 0), 1) : 0;
          const h = fraction * inner;
          const x = i * slot + slot * 0.15;
          const w = slot * 0.7;
          const cx = i * slot + slot / 2;
          return (
            <g key={i} className={bar.highlight ? 'token-bar token-bar-highlight' : 'token-bar'}>
              <rect x={x} y={TOP + inner - h} width={w} height={h} fill={bar.highlight ? 'url(#token-bars-hatch)' : cssVar(role)} />
              <text x={cx} y={TOP + inner - h - 6} textAnchor="middle" className="token-bar-value">
                {formatNumber(bar.value, 1)}
              </text>
              <text x={cx} y={TOP + inner + 22} textAnchor="middle" className="token-bar-label">
                {bar.label}
              </text>
              <text x={cx} y={TOP + inner + 44} textAnchor="middle" className="token-bar-index">
                {i + 1}
              </text>
            </g>
          );
        })}
      </svg>
      <ol className="visually-hidden">
        {bars.map((bar, i) => (
          <li key={i}>
            Token {i + 1} ({bar.label}): {formatNumber(bar.value, digits)}
          </li>
        ))}
      </ol>
    </figure>
  );
}
