import { useMemo } from 'react';
import { Tex } from '../src/components/Tex';
import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import {
  CHAIN_RULE,
  GRADIENT_DESCENT,
  MATRIX_PRODUCT,
  chainRuleExample,
  chainRuleNumbers,
  gradientStepNumbers,
  matrixProductNumbers,
} from '../src/tex';
import { formatNumber } from '../src/format';
import { foundationsView } from '../src/model/foundations';
import { SlideGrid } from '../src/components/SlideGrid';
import { SourceLine } from '../src/components/SourceLine';
import './MathFoundationsSlide.css';

export function MathFoundationsSlide() {
  const { product, chain, step } = useMemo(() => foundationsView(), []);
  return (
    <LectureSlide
      notes={
        <p>
          Alles, was das Modell tut, sind Vektoren und Matrizen. Eine Matrixmultiplikation mischt und gewichtet
          Eingaben: Jeder Eintrag des Ergebnisses ist eine gewichtete Summe. Im Rechenbeispiel von Abschnitt 4 ist der
          erste Eintrag der Query von „von“ genau eine solche Summe; nur der letzte Summand zählt, also{' '}
          {formatNumber(product.x[3], 1)} · {formatNumber(product.column[3], Number.isInteger(product.column[3]) ? 0 : 1)} = {formatNumber(product.result, 1)}. Zum
          Lernen brauchen wir Ableitungen, und die liefert die Kettenregel Schicht für Schicht: Hängt der Loss L über eine
          Zwischengröße u von einem Gewicht w ab, dann ist ∂L/∂w das Produkt ∂L/∂u mal ∂u/∂w. An der Parabel L = c u² mit u = w − w* ist bei w ={' '}
          {formatNumber(chain.w0, 0)} die Ableitung {formatNumber(chain.dLdw, 0)}. Der Gradientenabstieg (Gradient Descent) geht
          dann einen kleinen Schritt gegen den Gradienten, die Schrittweite ist die Lernrate η: Mit η ={' '}
          {formatNumber(step.learningRate, 1)} landet w bei {formatNumber(step.w1, 1)}, näher am Minimum w* ={' '}
          {formatNumber(chain.wStar, 0)}. Dieselbe Parabel kommt in Abschnitt 5 wieder. Als Nächstes: „Schreibweise:
          Zeilenvektoren, ein Zeichen – eine Bedeutung“.
        </p>
      }
    >
      <SlideGrid layout="one" className="foundations-rows">
        <div className="foundations-row">
          <p className="foundations-label">Vektoren und Matrizen; die Matrixmultiplikation mischt und gewichtet</p>
          <div className="tex-left">
            <Tex math={MATRIX_PRODUCT} />
            <Tex math={matrixProductNumbers(product.x, product.column, product.j, product.result)} />
          </div>
        </div>
        <Reveal at={1}>
          <div className="foundations-row">
            <p className="foundations-label">Gradientenberechnung mittels Kettenregel</p>
            <div className="tex-left">
              <Tex math={CHAIN_RULE} />
              <Tex math={chainRuleExample(chain.w0, chain.wStar, chain.c)} />
              <Tex math={chainRuleNumbers(chain.c, chain.u, chain.dudw, chain.dLdw)} />
            </div>
          </div>
        </Reveal>
        <Reveal at={2}>
          <div className="foundations-row">
            <p className="foundations-label">Gradientenabstieg (Gradient Descent): ein Schritt gegen den Gradienten</p>
            <div className="tex-left">
              <Tex math={GRADIENT_DESCENT} />
              <Tex math={gradientStepNumbers(step.w0, step.learningRate, step.gradient, step.w1)} />
            </div>
          </div>
        </Reveal>
      </SlideGrid>
      <SourceLine kind="demo">Demo: npm run demo -- gradient-descent</SourceLine>
    </LectureSlide>
  );
}
