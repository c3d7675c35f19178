import { Tex } from '../src/components/Tex';
import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import { formatInteger } from '../src/format';
import { MODEL_PRESETS } from '../src/model/parameterCount';
import { INPUT_WITH_POSITION } from '../src/tex';
import { SlideGrid } from '../src/components/SlideGrid';
import { SourceLine } from '../src/components/SourceLine';

/** The pipeline of section 2, one stage per presenter click. */
export const PIPELINE_STAGES = ['Text', 'Tokenisierung', 'Embedding', 'Attention', 'Logits', 'Softmax', 'Loss'] as const;

/** GPT-2 small's context length: the rows of its learned position embedding. */
const GPT2_POSITIONS = formatInteger(MODEL_PRESETS[0].shape.contextLength);

export function PipelineSlide() {
  return (
    <LectureSlide
      notes={
        <>
          <p>
            Station für Station entsteht die Pipeline: Aus Text werden Tokens, aus Tokens Vektoren, die Attention mischt
            den Kontext hinein, eine Ausgabeschicht liefert einen Wert pro Wort (Logits), Softmax macht daraus Wahrscheinlichkeiten, und der
            Loss sagt beim Training, wie falsch das war.
          </p>
          <p>
            Wir betrachten nur Decoder-only-Modelle wie GPT: Sie erzeugen Text Token für Token. Encoder wie BERT lesen
            den ganzen Satz in beide Richtungen und erzeugen keinen Text. Das Herzstück ist Self-Attention: Jedes Token
            schaut auf sich selbst und alle vorherigen Tokens, nie auf spätere, denn beim Training stehen dort die Wörter, die vorhergesagt
            werden sollen; eine Maske sperrt sie aus.
          </p>
          <p>
            Attention allein kennt keine Reihenfolge. Für „von“ wäre „Paris ist die Hauptstadt von“ dasselbe wie
            „Hauptstadt die Paris ist von“; die Attention sieht, welche Wörter vorkommen, aber nicht, in welcher
            Reihenfolge. Streng genommen gilt das nur ohne kausale Maske oder für das letzte Token einer einzelnen Schicht;
            tiefe Modelle mit kausaler Maske können Positionen zum Teil selbst erschließen. Praktisch alle großen
            Modelle geben die Position aber ausdrücklich mit. Deshalb ist die Eingabe an Position t die Summe x_t = e_t + pos_t aus dem Embedding
            des Tokens und einem Embedding der Position. GPT-2 lernt für jede seiner {GPT2_POSITIONS} Positionen einen
            eigenen Vektor; modernere Modelle bringen die Position stattdessen als Drehung in die Attention selbst (RoPE, Abschnitt 8). Als Nächstes:
            „Tokenisierung: Vom Text zu Tokens“.
          </p>
        </>
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
        <SlideGrid layout="text-figure" split="even">
          <ul>
            <li>Fokus auf Decoder-only-Modelle (GPT): Sie erzeugen Text Token für Token.</li>
            <li>Encoder (etwa BERT) lesen den Satz in beide Richtungen und erzeugen keinen Text.</li>
            <li>Self-Attention: Jedes Token „schaut“ auf sich und alle vorherigen Tokens.</li>
          </ul>
          <div className="card">
            <h3 className="slide-subhead">Eingabe an Position t</h3>
            <Tex math={INPUT_WITH_POSITION} />
            <p>
              e<sub>t</sub>: Embedding des Tokens · pos<sub>t</sub>: Embedding der Position
            </p>
            <p className="slide-note">
              Attention allein kennt keine Reihenfolge. GPT-2 lernt pos<sub>t</sub> für jede seiner {GPT2_POSITIONS}{' '}
              Positionen.
            </p>
          </div>
        </SlideGrid>
      </SlideGrid>
      <SourceLine kind="demo">Demos: npm run demo -- tokenization · npm run demo -- self-attention</SourceLine>
    </LectureSlide>
  );
}
