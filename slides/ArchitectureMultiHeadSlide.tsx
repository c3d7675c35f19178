import { useMemo } from 'react';
import { BarChart } from '../src/components/BarChart';
import { MatrixView } from '../src/components/MatrixView';
import { Tex } from '../src/components/Tex';
import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import { formatInteger, formatNumber } from '../src/format';
import { ATTENTION_HEAD } from '../src/tex';
import { traceMultiHead, type HeadTrace } from '../src/model/multiHead';
import { MODEL_PRESETS } from '../src/model/parameterCount';
import './ArchitectureMultiHeadSlide.css';
import { SlideGrid } from '../src/components/SlideGrid';

/** Head numbers as superscripts for the row labels: q⁽¹⁾, o⁽²⁾ … */
const SUPERSCRIPT = ['⁽¹⁾', '⁽²⁾', '⁽³⁾'];

/** The three projections of a head, written with subscripts. */
const PROJECTIONS = (
  <>
    W<sub>Q</sub>, W<sub>K</sub>, W<sub>V</sub>
  </>
);

function HeadColumn({ head, index, tokens, focus }: { head: HeadTrace; index: number; tokens: readonly string[]; focus: string }) {
  const { top } = head;
  return (
    <section className="arch-head" aria-label={`Kopf ${index + 1}, meiste Aufmerksamkeit auf „${tokens[top]}“`} data-head={index + 1}>
      <h3>
        Kopf {index + 1}: „{head.name}“
      </h3>
      <p className="arch-head-q">{index === 0 ? <>{PROJECTIONS} aus Abschnitt 4</> : <>eigene {PROJECTIONS}</>}</p>
      <MatrixView
        values={[head.q]}
        caption={`Query von „${focus}“ in Kopf ${index + 1}`}
        hideCaption
        rowLabels={[`q${SUPERSCRIPT[index]}`]}
        role="query"
      />
      <BarChart
        caption={`Gewichte von „${focus}“`}
        bars={tokens.map((token, j) => ({ label: token, value: head.weights[j], highlight: j === top }))}
        role="value"
      />
      <MatrixView
        values={[head.output]}
        caption={`Ergebnis von Kopf ${index + 1} für „${focus}“`}
        hideCaption
        rowLabels={[`o${SUPERSCRIPT[index]}`]}
        role="value"
      />
    </section>
  );
}

export function ArchitectureMultiHeadSlide() {
  const trace = useMemo(() => traceMultiHead(), []);
  const focus = trace.tokens[trace.focusIndex];
  const gpt3 = MODEL_PRESETS[MODEL_PRESETS.length - 1].shape;
  return (
    <LectureSlide
      notes={
        <p>
          Ein Kopf kann nur eine Frage stellen. Multi-Head Attention rechnet mehrere Köpfe nebeneinander, jeder mit
          eigenen Matrizen W_Q, W_K und W_V. Kopf 1 ist genau unser Kopf aus Abschnitt 4: „von“ sucht ein Wort mit
          Bezug zu einem Land und schaut vor allem auf „Paris“, das auf Frankreich verweist. Kopf 2 sucht Funktionswörter und schaut auf „ist“ und „die“, Kopf 3
          sucht den Bezug zu Deutschland und schaut auf „Hauptstadt“. In echten Modellen gibt es auch Köpfe, die einfach
          auf das vorige Token schauen; dafür braucht es Positionsinformation, die unser Rechenbeispiel nicht hat. Als Nächstes: „Köpfe zusammenführen: Concat, dann Projektion“.
        </p>
      }
    >
      <SlideGrid layout="one">
        <div className="arch-heads">
          {trace.heads.map((head, index) =>
            index === 0 ? (
              <HeadColumn key={head.name} head={head} index={index} tokens={trace.tokens} focus={focus} />
            ) : (
              <Reveal key={head.name} at={index}>
                <HeadColumn head={head} index={index} tokens={trace.tokens} focus={focus} />
              </Reveal>
            ),
          )}
        </div>
        <div>
          <Tex math={ATTENTION_HEAD} />
        </div>
        <p className="slide-note">
          Hier rechnet jeder Kopf mit voller Breite {trace.heads[0].q.length}; echte Modelle teilen d auf:{' '}
          GPT-3 hat {formatInteger(gpt3.heads)} Köpfe mit je d<sub>k</sub> = {formatInteger(gpt3.dModel)} / {formatInteger(gpt3.heads)} ={' '}
          {formatNumber(gpt3.dModel / gpt3.heads, 0)}.
        </p>
      </SlideGrid>
    </LectureSlide>
  );
}
