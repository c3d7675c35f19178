import { useMemo } from 'react';
import { Tex } from '../src/components/Tex';
import { WorkedFormula } from '../src/components/WorkedFormula';
import { LectureSlide } from '../src/shell/LectureSlide';
import { MULTI_HEAD, SINGLE_HEAD_OUTPUT, W_O, multiHeadResult, namedRowVector, transposedMatrix } from '../src/tex';
import { MatrixView } from '../src/components/MatrixView';
import { transpose } from '../src/math';
import { traceWorkedExample } from '../src/model';
import { SINGLE_HEAD_PARAMS, traceMultiHead } from '../src/model/multiHead';
import './ArchitectureConcatSlide.css';
import { SlideGrid } from '../src/components/SlideGrid';

export function ArchitectureConcatSlide() {
  const trace = useMemo(() => traceMultiHead(), []);
  const single = useMemo(() => traceMultiHead(SINGLE_HEAD_PARAMS), []);
  const worked = useMemo(() => traceWorkedExample(), []);
  const focus = trace.tokens[trace.focusIndex];
  return (
    <LectureSlide
      notes={
        <p>
          Die Ergebnisse der drei Köpfe werden einfach nebeneinandergeschrieben, das ist Concat: aus dreimal vier Zahlen
          werden zwölf. Die Matrix W_O bringt sie zurück auf die Modellbreite vier und mischt dabei die Köpfe; hier
          zählt Kopf 1 voll, die anderen halb, in echten Modellen wird W_O gelernt. Zur Probe: Mit nur einem Kopf und W_O
          gleich der Einheitsmatrix kommt genau unser h aus Abschnitt 4 heraus. Als Nächstes: „Wie viele Parameter hat ein Block?“.
        </p>
      }
    >
      <SlideGrid layout="one">
        <div className="arch-concat">
          <WorkedFormula
            formula={MULTI_HEAD}
            numbers={
              <div className="arch-concat-numbers">
                <MatrixView
                  values={[trace.concat]}
                  caption={`Concat der drei Köpfe für „${focus}“: 1 × ${trace.concat.length}`}
                  hideCaption
                />
                <Tex inline math={W_O} />
              </div>
            }
            result={multiHeadResult(focus, trace.output, trace.concat.length)}
          />
        </div>
        <div className="arch-wo">
          <Tex math={transposedMatrix(W_O, transpose(trace.W_O))} />
        </div>
        <p className="slide-note">
          Probe: mit einem Kopf (Kopf 1) und W<sub>O</sub> = I kommt genau das h aus Abschnitt 4 heraus.
        </p>
        <div className="arch-check">
          <Tex math={namedRowVector(SINGLE_HEAD_OUTPUT, focus, single.output)} />
          <Tex math={namedRowVector('h', focus, worked.h)} />
        </div>
      </SlideGrid>
    </LectureSlide>
  );
}
