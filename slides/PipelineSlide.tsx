import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import { SlideGrid } from '../src/components/SlideGrid';
import { SourceLine } from '../src/components/SourceLine';

/** The pipeline of section 2, one stage per presenter click. */
export const PIPELINE_STAGES = ['Text', 'Tokenisierung', 'Embedding', 'Attention', 'Output', 'Softmax', 'Loss'] as const;

export function PipelineSlide() {
  return (
    <LectureSlide
      notes={
        <p>
          Station für Station entsteht die Pipeline: Aus Text werden Tokens, aus Tokens Vektoren, die Attention
          mischt den Kontext hinein, eine Ausgabeschicht liefert Scores, Softmax macht daraus Wahrscheinlichkeiten, und
          der Loss sagt beim Training, wie falsch das war. Wir betrachten nur Decoder-only-Modelle wie GPT. Das Herzstück
          ist Self-Attention: Jedes Token schaut auf sich selbst und alle vorherigen Tokens, nie auf spätere, denn die
          soll es ja erst vorhersagen; eine Maske sperrt sie aus. Als Erstes sehen wir uns die
          Tokenisierung genauer an.
        </p>
      }
    >
      <SlideGrid layout="one">
        <ol className="pipeline" aria-label="Pipeline eines Decoder-only-Modells">
          {PIPELINE_STAGES.map((stage, index) =>
            index === 0 ? (
              <li key={stage} className="pipeline-stage">
                {stage}
              </li>
            ) : (
              <Reveal key={stage} at={index} as="li" className="pipeline-stage">
                <span aria-hidden="true" className="pipeline-arrow">
                  →
                </span>{' '}
                {stage}
              </Reveal>
            ),
          )}
        </ol>
        <ul>
          <li>Fokus auf Decoder-only-Modelle (GPT)</li>
          <li>Self-Attention: Jedes Token „schaut“ auf sich und alle vorherigen Tokens</li>
        </ul>
      </SlideGrid>
      <SourceLine kind="demo">Demos: npm run demo -- tokenization · npm run demo -- self-attention</SourceLine>
    </LectureSlide>
  );
}
