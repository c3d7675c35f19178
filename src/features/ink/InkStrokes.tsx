import { memo } from 'react';
import { cssVar } from '../../theme/palette';
import { centerlinePath, hasPressure, HIGHLIGHTER_OPACITY, outlinePath, type Stroke } from './model';

/**
 * Strokes as SVG paths in design px (the parent <svg> has the 1366x768 viewBox): highlighter
 * strokes first, so every pen stroke lies on top of them; pen strokes with pressure as filled
 * outlines, the others as stroked lines with round ends. Colours are palette variables: the
 * handout's print palette swaps them for their darker print versions. Vector paths, also in the PDF.
 */
export function InkStrokes({ strokes }: { strokes: readonly Stroke[] }) {
  return (
    <>
      <g className="ink-highlights">
        {strokes.map((stroke) => (stroke.tool === 'highlighter' ? <StrokePath key={stroke.id} stroke={stroke} /> : null))}
      </g>
      <g className="ink-pens">{strokes.map((stroke) => (stroke.tool === 'pen' ? <StrokePath key={stroke.id} stroke={stroke} /> : null))}</g>
    </>
  );
}

/** One stroke; strokes are never changed in place, so a stroke that did not change is not redrawn. */
const StrokePath = memo(function StrokePath({ stroke }: { stroke: Stroke }) {
  const color = cssVar(stroke.color);
  if (hasPressure(stroke)) {
    return <path d={outlinePath(stroke.points, stroke.width)} style={{ fill: color }} data-ink-stroke={stroke.id} data-ink-tool={stroke.tool} />;
  }
  return (
    <path
      d={centerlinePath(stroke.points)}
      style={{
        fill: 'none',
        stroke: color,
        strokeWidth: stroke.width,
        strokeLinecap: 'round',
        strokeLinejoin: 'round',
      }}
      // An attribute, not a style: the screen palette's CSS makes the highlighter stronger (ink.css).
      strokeOpacity={stroke.tool === 'highlighter' ? HIGHLIGHTER_OPACITY : undefined}
      data-ink-stroke={stroke.id}
      data-ink-tool={stroke.tool}
    />
  );
});
