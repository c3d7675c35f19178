import { m } from 'framer-motion';
import type { ReactNode } from 'react';
import { cssVar } from '../deck/palette';
import './architecture.css';

/** The parts of the decoder block in the order they are added, one per presenter click. */
export const DECODER_PARTS = [
  'Embedding (Token + Position)',
  'Multi-Head Self-Attention',
  'Add & LayerNorm (Residual um die Attention)',
  'Feedforward-MLP mit GeLU',
  'Add & LayerNorm (Residual um das MLP)',
  '× N: der Block wird N-mal gestapelt (z. B. 12, 24, 96)',
] as const;

type DecoderBlockDiagramProps = {
  /** How many parts are shown, 1..DECODER_PARTS.length (the step index + 1). */
  shown: number;
  /** false in print mode: everything is drawn at once, without fading in. */
  animate?: boolean;
};

const W = 640;
const H = 560;
const CX = 300;
const BOX_W = 340;
const BOX_X = CX - BOX_W / 2;
const BYPASS_X = BOX_X + BOX_W + 50;

/** Boxes from bottom to top: y is the top edge. */
const BOX = {
  embedding: { y: 466, h: 52 },
  attention: { y: 364, h: 52 },
  norm1: { y: 290, h: 46 },
  mlp: { y: 190, h: 52 },
  norm2: { y: 116, h: 46 },
} as const;
const BRANCH_1 = 442;
const BRANCH_2 = 266;

function Part({ visible, animate, children, testId }: { visible: boolean; animate: boolean; children: ReactNode; testId: string }) {
  if (!visible) return null;
  return (
    <m.g
      data-testid={testId}
      initial={animate ? { opacity: 0, y: 14 } : false}
      animate={{ opacity: 1, y: 0 }}
      transition={{ duration: 0.45, ease: 'easeOut' }}
    >
      {children}
    </m.g>
  );
}

function Box({ y, h, label, isNew }: { y: number; h: number; label: string; isNew: boolean }) {
  return (
    <g>
      <rect
        x={BOX_X}
        y={y}
        width={BOX_W}
        height={h}
        rx={10}
        fill={cssVar('surface')}
        stroke={isNew ? cssVar('accent') : cssVar('border')}
        strokeWidth={isNew ? 4 : 2}
      />
      <text x={CX} y={y + h / 2 + 8} textAnchor="middle" className="arch-box-label">
        {label}
      </text>
    </g>
  );
}

/** A straight arrow up the residual stream, from y1 (below) to y2 (above). */
function UpArrow({ y1, y2 }: { y1: number; y2: number }) {
  return <line x1={CX} y1={y1} x2={CX} y2={y2 + 4} stroke={cssVar('muted')} strokeWidth={3} markerEnd="url(#arch-arrow)" />;
}

/** The residual connection: from the stream below a sub-layer, around it, into the "+" of Add & LayerNorm. */
function Bypass({ from, to }: { from: number; to: number }) {
  return (
    <g className="arch-bypass">
      <circle cx={CX} cy={from} r={6} fill={cssVar('accent')} />
      <path
        d={`M ${CX} ${from} H ${BYPASS_X} V ${to} H ${BOX_X + BOX_W + 6}`}
        fill="none"
        stroke={cssVar('accent')}
        strokeWidth={3}
        strokeDasharray="10 6"
        markerEnd="url(#arch-arrow-accent)"
      />
      <text x={BYPASS_X + 10} y={(from + to) / 2 + 8} className="arch-side-label">
        Residual
      </text>
    </g>
  );
}

/**
 * The decoder block of a GPT-style Transformer, drawn bottom-up as in "Attention Is All You Need":
 * embedding, multi-head self-attention, add & LayerNorm, feed-forward MLP, add & LayerNorm, × N.
 * Residual connections are dashed bypass arrows. The parts appear one by one (`shown`), fading in
 * with framer-motion (which the deck's MotionConfig turns off under prefers-reduced-motion).
 * The figure caption lists the parts on screen for screen readers.
 */
export function DecoderBlockDiagram({ shown, animate = true }: DecoderBlockDiagramProps) {
  const count = Math.min(Math.max(Math.round(shown), 1), DECODER_PARTS.length);
  const visible = (part: number) => part < count;
  const isNew = (part: number) => part === count - 1;
  const description = `Decoder-Block, bisher gezeigt: ${DECODER_PARTS.slice(0, count).join('; ')}.`;
  return (
    <figure className="arch-diagram" data-parts={count}>
      <figcaption className="visually-hidden">{description}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={description}>
        <defs>
          <marker id="arch-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill={cssVar('muted')} />
          </marker>
          <marker id="arch-arrow-accent" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill={cssVar('accent')} />
          </marker>
        </defs>

        <Part visible={visible(0)} animate={animate} testId="arch-part-embedding">
          <text x={CX} y={H - 10} textAnchor="middle" className="arch-token-label">
            „Paris ist die Hauptstadt von“
          </text>
          <UpArrow y1={H - 34} y2={BOX.embedding.y + BOX.embedding.h} />
          <Box {...BOX.embedding} label="Embedding + Position" isNew={isNew(0)} />
        </Part>

        <Part visible={visible(1)} animate={animate} testId="arch-part-attention">
          <UpArrow y1={BOX.embedding.y} y2={BOX.attention.y + BOX.attention.h} />
          <Box {...BOX.attention} label="Multi-Head Self-Attention" isNew={isNew(1)} />
        </Part>

        <Part visible={visible(2)} animate={animate} testId="arch-part-norm1">
          <UpArrow y1={BOX.attention.y} y2={BOX.norm1.y + BOX.norm1.h} />
          <Bypass from={BRANCH_1} to={BOX.norm1.y + BOX.norm1.h / 2} />
          <Box {...BOX.norm1} label="⊕ Add & LayerNorm" isNew={isNew(2)} />
        </Part>

        <Part visible={visible(3)} animate={animate} testId="arch-part-mlp">
          <UpArrow y1={BOX.norm1.y} y2={BOX.mlp.y + BOX.mlp.h} />
          <Box {...BOX.mlp} label="Feedforward-MLP (GeLU)" isNew={isNew(3)} />
        </Part>

        <Part visible={visible(4)} animate={animate} testId="arch-part-norm2">
          <UpArrow y1={BOX.mlp.y} y2={BOX.norm2.y + BOX.norm2.h} />
          <Bypass from={BRANCH_2} to={BOX.norm2.y + BOX.norm2.h / 2} />
          <Box {...BOX.norm2} label="⊕ Add & LayerNorm" isNew={isNew(4)} />
        </Part>

        <Part visible={visible(5)} animate={animate} testId="arch-part-repeat">
          <rect
            x={BOX_X - 26}
            y={BOX.norm2.y - 18}
            width={BYPASS_X - BOX_X + 130}
            height={BRANCH_1 + 12 - (BOX.norm2.y - 18)}
            rx={16}
            fill="none"
            stroke={cssVar('accent')}
            strokeWidth={isNew(5) ? 4 : 2}
            strokeDasharray="4 8"
          />
          <text x={BOX_X - 40} y={(BOX.norm2.y + BRANCH_1) / 2 + 12} textAnchor="end" className="arch-repeat-label">
            × N
          </text>
          <UpArrow y1={BOX.norm2.y} y2={34} />
          <text x={CX + 14} y={58} className="arch-side-label">
            zum nächsten Block / zur Vorhersage
          </text>
        </Part>
      </svg>
    </figure>
  );
}
