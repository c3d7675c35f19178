import { cssVar, type Role } from '../theme/palette';
import { formatNumber } from '../format';

/** Estimated width of one character of a marker label (--fs-small, bold: about 0,43 em), in chart units. */
const MARKER_CHAR_WIDTH = 10.5;

export type Series = {
  label: string;
  role: Role;
  points: readonly (readonly [number, number])[];
  /** Dashed lines tell series apart without colour. */
  dashed?: boolean;
  /** Draws a dot on every point, e.g. the iterates of gradient descent. */
  dots?: boolean;
};

export type Marker = { x: number; y: number; label: string; role: Role };

type LineChartProps = {
  series: readonly Series[];
  /** Read by screen readers (role="img"); say what the chart shows and its key numbers. */
  caption: string;
  xLabel: string;
  yLabel: string;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  markers?: readonly Marker[];
  width?: number;
  height?: number;
  xTicks?: readonly number[];
  yTicks?: readonly number[];
};

const PAD = { left: 76, right: 16, top: 12, bottom: 48 };

/** A small SVG line chart; values outside the domain are clipped to its edge, never lost as NaN. */
export function LineChart({
  series,
  caption,
  xLabel,
  yLabel,
  xDomain,
  yDomain,
  markers = [],
  width = 560,
  height = 320,
  xTicks = [],
  yTicks = [],
}: LineChartProps) {
  const [x0, x1] = xDomain;
  const [y0, y1] = yDomain;
  const innerW = width - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  const sx = (x: number) => PAD.left + ((x - x0) / (x1 - x0 || 1)) * innerW;
  const sy = (y: number) => {
    const clamped = Number.isFinite(y) ? Math.min(Math.max(y, y0), y1) : y1;
    return PAD.top + (1 - (clamped - y0) / (y1 - y0 || 1)) * innerH;
  };
  return (
    <figure className="line-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={caption}>
        <line x1={PAD.left} y1={PAD.top + innerH} x2={PAD.left + innerW} y2={PAD.top + innerH} stroke={cssVar('border')} />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={PAD.top + innerH} stroke={cssVar('border')} />
        {xTicks.map((t) => (
          <text key={`x${t}`} x={sx(t)} y={PAD.top + innerH + 20} textAnchor="middle" className="chart-tick">
            {formatNumber(t, Number.isInteger(t) ? 0 : 1)}
          </text>
        ))}
        {yTicks.map((t) => (
          <text key={`y${t}`} x={PAD.left - 8} y={sy(t) + 6} textAnchor="end" className="chart-tick">
            {formatNumber(t, Number.isInteger(t) ? 0 : 1)}
          </text>
        ))}
        <text x={PAD.left + innerW / 2} y={height - 6} textAnchor="middle" className="chart-axis-label">
          {xLabel}
        </text>
        <text x={20} y={PAD.top + innerH / 2} textAnchor="middle" className="chart-axis-label" transform={`rotate(-90 20 ${PAD.top + innerH / 2})`}>
          {yLabel}
        </text>
        {series.map((s) => (
          <polyline
            key={s.label}
            fill="none"
            stroke={cssVar(s.role)}
            strokeWidth={3}
            strokeDasharray={s.dashed ? '8 6' : undefined}
            points={s.points.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(' ')}
          />
        ))}
        {series
          .filter((s) => s.dots)
          .map((s) =>
            s.points.map(([x, y], i) => <circle key={`${s.label}-${i}`} cx={sx(x)} cy={sy(y)} r={5} fill={cssVar(s.role)} />),
          )}
        {markers.map((m) => (
          <g key={m.label}>
            <circle cx={sx(m.x)} cy={sy(m.y)} r={7} fill={cssVar(m.role)} />
            <text
              // Right of the marker, moved left as far as needed to stay inside the chart.
              x={Math.max(0, Math.min(sx(m.x) + 12, width - m.label.length * MARKER_CHAR_WIDTH))}
              y={sy(m.y) - 10}
              className="chart-marker-label"
              fill={cssVar(m.role)}
            >
              {m.label}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
