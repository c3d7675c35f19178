import { m } from 'framer-motion';
import type { ReactNode } from 'react';
import { cssVar } from '../theme/palette';
import './DecoderBlockDiagram.css';

/**
 * The parts of GPT-2's (pre-LN) decoder block in the order they are added, one per presenter click.
 * Pre-LN: each sub-layer reads LayerNorm(x) and its output is added to x; after the last block one
 * final LayerNorm (the 2d parameters counted in src/model/parameterCount.ts). The 2017 Transformer
 * and GPT-1 normalised after the addition instead (post-LN: LayerNorm(x + Attention(x))).
 */
export const DECODER_PARTS = [
  'Embedding (Token + Position)',
  'LayerNorm, dann Multi-Head Self-Attention',
  'Addieren: Residual um LayerNorm und Attention',
  'LayerNorm, dann Feedforward-MLP mit GeLU',
  'Addieren: Residual um LayerNorm und MLP',
  '× n_Block: der Block wird n_Block-mal gestapelt (z. B. 12, 24, 96), danach eine letzte LayerNorm',
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
const ADD_R = 15;

/** Boxes from bottom to top: y is the top edge. */
const BOX = {
  embedding: { y: 478, h: 42 },
  norm1: { y: 414, h: 38 },
  attention: { y: 356, h: 42 },
  norm2: { y: 254, h: 38 },
  mlp: { y: 196, h: 42 },
  finalNorm: { y: 96, h: 38 },
} as const;
/** Where the residual stream branches off (below each LayerNorm) and where it is added back (⊕). */
const BRANCH_1 = 466;
const ADD_1 = 326;
const BRANCH_2 = 302;
const ADD_2 = 166;
/** The × n_Block frame around one block. */
const REPEAT_TOP = 146;
const REPEAT_BOTTOM = 474;

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

/** The residual connection: from the stream below a LayerNorm, around the sub-layer, into the ⊕. */
function Bypass({ from, to }: { from: number; to: number }) {
  return (
    <g className="arch-bypass">
      <circle cx={CX} cy={from} r={6} fill={cssVar('accent')} />
      <path
        d={`M ${CX} ${from} H ${BYPASS_X} V ${to} H ${CX + ADD_R + 6}`}
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

/** The addition of the residual stream: a ⊕ on the stream, labelled „Addieren“ (not by colour alone). */
function AddNode({ cy, isNew }: { cy: number; isNew: boolean }) {
  return (
    <g>
      <circle
        cx={CX}
        cy={cy}
        r={ADD_R}
        fill={cssVar('surface')}
        stroke={isNew ? cssVar('accent') : cssVar('border')}
        strokeWidth={isNew ? 4 : 2}
      />
      <path d={`M ${CX - 8} ${cy} H ${CX + 8} M ${CX} ${cy - 8} V ${cy + 8}`} stroke={cssVar('text')} strokeWidth={3} />
      <text x={CX - ADD_R - 12} y={cy + 8} textAnchor="end" className="arch-side-label">
        Addieren
      </text>
    </g>
  );
}

/**
 * GPT-2's decoder block (pre-LN), drawn bottom-up: embedding; LayerNorm, multi-head self-attention,
 * ⊕ (the residual around both); LayerNorm, feed-forward MLP, ⊕; × n_Block; a final LayerNorm.
 * Residual connections are dashed bypass arrows from the stream below each LayerNorm into its ⊕.
 * The parts appear one by one (`shown`), fading in with framer-motion (which the deck's MotionConfig
 * turns off under prefers-reduced-motion). The figure caption lists the parts on screen for screen readers.
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
          <UpArrow y1={BOX.embedding.y} y2={BOX.norm1.y + BOX.norm1.h} />
          <Box {...BOX.norm1} label="LayerNorm" isNew={isNew(1)} />
          <UpArrow y1={BOX.norm1.y} y2={BOX.attention.y + BOX.attention.h} />
          <Box {...BOX.attention} label="Multi-Head Self-Attention" isNew={isNew(1)} />
        </Part>

        <Part visible={visible(2)} animate={animate} testId="arch-part-add1">
          <UpArrow y1={BOX.attention.y} y2={ADD_1 + ADD_R} />
          <Bypass from={BRANCH_1} to={ADD_1} />
          <AddNode cy={ADD_1} isNew={isNew(2)} />
        </Part>

        <Part visible={visible(3)} animate={animate} testId="arch-part-mlp">
          <UpArrow y1={ADD_1 - ADD_R} y2={BOX.norm2.y + BOX.norm2.h} />
          <Box {...BOX.norm2} label="LayerNorm" isNew={isNew(3)} />
          <UpArrow y1={BOX.norm2.y} y2={BOX.mlp.y + BOX.mlp.h} />
          <Box {...BOX.mlp} label="Feedforward-MLP (GeLU)" isNew={isNew(3)} />
        </Part>

        <Part visible={visible(4)} animate={animate} testId="arch-part-add2">
          <UpArrow y1={BOX.mlp.y} y2={ADD_2 + ADD_R} />
          <Bypass from={BRANCH_2} to={ADD_2} />
          <AddNode cy={ADD_2} isNew={isNew(4)} />
        </Part>

        <Part visible={visible(5)} animate={animate} testId="arch-part-repeat">
          <rect
            x={BOX_X - 26}
            y={REPEAT_TOP}
            width={BYPASS_X - BOX_X + 130}
            height={REPEAT_BOTTOM - REPEAT_TOP}
            rx={16}
            fill="none"
            stroke={cssVar('accent')}
            strokeWidth={isNew(5) ? 4 : 2}
            strokeDasharray="4 8"
          />
          <text x={BOX_X - 40} y={(REPEAT_TOP + REPEAT_BOTTOM) / 2 + 12} textAnchor="end" className="arch-repeat-label">
            × n<tspan className="arch-repeat-index" dy="10">Block</tspan>
          </text>
          <UpArrow y1={ADD_2 - ADD_R} y2={BOX.finalNorm.y + BOX.finalNorm.h} />
          <Box {...BOX.finalNorm} label="letzte LayerNorm" isNew={isNew(5)} />
          <UpArrow y1={BOX.finalNorm.y} y2={34} />
          <text x={CX + 14} y={58} className="arch-side-label">
            zur Vorhersage (Ausgabeschicht)
          </text>
        </Part>
      </svg>
    </figure>
  );
}
