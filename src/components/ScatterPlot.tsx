import { cssVar, type Role } from '../theme/palette';
import { formatNumber } from '../format';
import './ScatterPlot.css';

export type PointShape = 'circle' | 'square' | 'triangle';

/** A group of points: its colour role and its shape, so that colour never tells groups apart alone. */
export type ScatterGroup = { id: string; label: string; role: Role; shape: PointShape };

export type ScatterPoint = {
  label: string;
  group: string;
  x: number;
  y: number;
  /** Prints the label beside the point (the others are named in the hidden list and on hover). */
  showLabel?: boolean;
};

type ScatterPlotProps = {
  points: readonly ScatterPoint[];
  groups: readonly ScatterGroup[];
  /** Read by screen readers (role="img") and shown above the plot. */
  caption: string;
  xLabel: string;
  yLabel: string;
  width?: number;
  height?: number;
};

const PAD = { left: 48, right: 16, top: 12, bottom: 40 };
const R = 8;
/** The labels' font size (CSS .scatter-label) and a rough width per character, for placing them. */
const LABEL_SIZE = 22;
const CHAR_WIDTH = 0.56 * LABEL_SIZE;

type Box = { x0: number; y0: number; x1: number; y1: number };
type Anchor = { label: string; x: number; y: number; role: Role };
type Placement = { x: number; y: number; anchor: 'start' | 'end' };

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Places each label right of, left of, above or below its point: the first place that overlaps no
 * label placed before it and stays inside the plot (greedy; else the first place inside).
 */
function placeLabels(anchors: readonly Anchor[], width: number, height: number): (Anchor & Placement)[] {
  const placed: Box[] = [];
  return anchors.map((a) => {
    const w = a.label.length * CHAR_WIDTH;
    const candidates: Placement[] = [
      { x: a.x + R + 4, y: a.y + 7, anchor: 'start' },
      { x: a.x - R - 4, y: a.y + 7, anchor: 'end' },
      { x: a.x - w / 2, y: a.y - R - 6, anchor: 'start' },
      { x: a.x - w / 2, y: a.y + R + LABEL_SIZE, anchor: 'start' },
    ];
    const boxOf = (c: Placement): Box => {
      const x0 = c.anchor === 'end' ? c.x - w : c.x;
      return { x0, y0: c.y - LABEL_SIZE + 4, x1: x0 + w, y1: c.y + 4 };
    };
    const inside = (b: Box) => b.x0 >= PAD.left && b.x1 <= width && b.y0 >= 0 && b.y1 <= height - PAD.bottom + 8;
    const choice =
      candidates.find((c) => inside(boxOf(c)) && !placed.some((b) => overlaps(b, boxOf(c)))) ??
      candidates.find((c) => inside(boxOf(c))) ??
      candidates[0];
    placed.push(boxOf(choice));
    return { ...a, ...choice };
  });
}

function Marker({ shape, x, y, role }: { shape: PointShape; x: number; y: number; role: Role }) {
  const fill = cssVar(role);
  if (shape === 'square') return <rect x={x - R} y={y - R} width={2 * R} height={2 * R} fill={fill} stroke={cssVar('bg')} strokeWidth={1} />;
  if (shape === 'triangle') {
    const h = R * 1.2;
    return <polygon points={`${x},${y - h} ${x + h},${y + h * 0.8} ${x - h},${y + h * 0.8}`} fill={fill} stroke={cssVar('bg')} strokeWidth={1} />;
  }
  return <circle cx={x} cy={y} r={R} fill={fill} stroke={cssVar('bg')} strokeWidth={1} />;
}

/** A 2-D scatter plot with a legend of shapes and colours; points that are not finite are left out. */
export function ScatterPlot({ points, groups, caption, xLabel, yLabel, width = 600, height = 440 }: ScatterPlotProps) {
  const finite = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const xs = finite.map((p) => p.x);
  const ys = finite.map((p) => p.y);
  const [x0, x1] = [Math.min(0, ...xs), Math.max(0, ...xs)];
  const [y0, y1] = [Math.min(0, ...ys), Math.max(0, ...ys)];
  const innerW = width - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  const sx = (x: number) => PAD.left + ((x - x0) / (x1 - x0 || 1)) * innerW;
  const sy = (y: number) => PAD.top + (1 - (y - y0) / (y1 - y0 || 1)) * innerH;
  const groupOf = (id: string) => groups.find((g) => g.id === id) ?? groups[0];
  const labels = placeLabels(
    finite.filter((p) => p.showLabel).map((p) => ({ label: p.label, x: sx(p.x), y: sy(p.y), role: groupOf(p.group).role })),
    width,
    height,
  );
  return (
    <figure className="scatter-plot">
      <figcaption className="chart-caption">{caption}</figcaption>
      <ul className="scatter-legend">
        {groups.map((g) => (
          <li key={g.id}>
            <svg width={24} height={24} viewBox="0 0 24 24" aria-hidden="true">
              <Marker shape={g.shape} x={12} y={12} role={g.role} />
            </svg>
            {g.label}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={caption}>
        <line x1={PAD.left} y1={sy(0)} x2={PAD.left + innerW} y2={sy(0)} stroke={cssVar('border')} />
        <line x1={sx(0)} y1={PAD.top} x2={sx(0)} y2={PAD.top + innerH} stroke={cssVar('border')} />
        <text x={PAD.left + innerW / 2} y={height - 8} textAnchor="middle" className="chart-axis-label">
          {xLabel}
        </text>
        <text x={18} y={PAD.top + innerH / 2} textAnchor="middle" className="chart-axis-label" transform={`rotate(-90 18 ${PAD.top + innerH / 2})`}>
          {yLabel}
        </text>
        {finite.map((p) => {
          const g = groupOf(p.group);
          return (
            <g key={p.label}>
              <title>{`${p.label} (${g.label}): ${formatNumber(p.x)} | ${formatNumber(p.y)}`}</title>
              <Marker shape={g.shape} x={sx(p.x)} y={sy(p.y)} role={g.role} />
            </g>
          );
        })}
        {labels.map((l) => (
          <text key={`label-${l.label}`} x={l.x} y={l.y} textAnchor={l.anchor} className="scatter-label" fill={cssVar(l.role)}>
            {l.label}
          </text>
        ))}
      </svg>
      <ul className="visually-hidden">
        {finite.map((p) => (
          <li key={p.label}>{`${p.label}, ${groupOf(p.group).label}: ${formatNumber(p.x)} | ${formatNumber(p.y)}`}</li>
        ))}
      </ul>
    </figure>
  );
}
