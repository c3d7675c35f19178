import { cssVar } from '../theme/palette';
import './RotationPlot.css';

type RotationPlotProps = {
  /** The pair before the rotation. */
  before: readonly [number, number];
  /** The same pair after the rotation. */
  after: readonly [number, number];
  /** The rotation angle in radians (drawn as an arc). */
  angle: number;
  /** Read by screen readers: the numbers of the picture. */
  caption: string;
  size?: number;
  /** The largest coordinate shown at the edge of the plot. */
  extent?: number;
};

/** A 2-D plane with a vector before (dashed) and after (solid) a rotation, and the angle between. */
export function RotationPlot({ before, after, angle, caption, size = 340, extent = 1.3 }: RotationPlotProps) {
  const c = size / 2;
  const unit = (size / 2 - 14) / extent;
  const px = (x: number) => c + x * unit;
  const py = (y: number) => c - y * unit;
  const startAngle = Math.atan2(before[1], before[0]);
  // The arc: from the direction of `before`, turning by `angle` (several turns collapse to one).
  const sweep = angle % (2 * Math.PI);
  const arcR = 0.45 * unit;
  const arcPoints = Array.from({ length: 33 }, (_, i) => {
    const a = startAngle + (sweep * i) / 32;
    return `${(c + arcR * Math.cos(a)).toFixed(1)},${(c - arcR * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
  return (
    <figure className="rotation-plot">
      <svg viewBox={`0 0 ${size} ${size}`} width={size} height={size} role="img" aria-label={caption}>
        <defs>
          <marker id="rot-head-after" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill={cssVar('query')} />
          </marker>
          <marker id="rot-head-before" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill={cssVar('muted')} />
          </marker>
        </defs>
        <circle cx={c} cy={c} r={Math.hypot(...before) * unit} fill="none" stroke={cssVar('border')} strokeDasharray="4 6" />
        <line x1={8} y1={c} x2={size - 8} y2={c} stroke={cssVar('border')} />
        <line x1={c} y1={8} x2={c} y2={size - 8} stroke={cssVar('border')} />
        <text x={size - 10} y={c - 8} textAnchor="end" className="rotation-axis">x</text>
        <text x={c - 10} y={20} textAnchor="end" className="rotation-axis">y</text>
        <polyline points={arcPoints} fill="none" stroke={cssVar('accent')} strokeWidth={3} />
        <line x1={c} y1={c} x2={px(before[0])} y2={py(before[1])} stroke={cssVar('muted')} strokeWidth={4} strokeDasharray="10 6" markerEnd="url(#rot-head-before)" />
        <line x1={c} y1={c} x2={px(after[0])} y2={py(after[1])} stroke={cssVar('query')} strokeWidth={5} markerEnd="url(#rot-head-after)" />
      </svg>
      <figcaption className="rotation-legend" aria-hidden="true">
        <span className="rotation-legend-before">‒ ‒ vorher</span> <span className="rotation-legend-after">━ nachher</span>
      </figcaption>
    </figure>
  );
}
