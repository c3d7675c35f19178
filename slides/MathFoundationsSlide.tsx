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

/** Small counts and positions in words, as a textbook writes them. */
const COUNT_WORDS = ['null', 'eine', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];
const ORDINAL_WORDS = ['erste', 'zweite', 'dritte', 'vierte', 'fünfte', 'sechste', 'siebte', 'achte', 'neunte', 'zehnte', 'elfte', 'zwölfte'];

export function MathFoundationsSlide() {
  const { product, chain, step } = useMemo(() => foundationsView(), []);
  const digits = (value: number) => (Number.isInteger(value) ? 0 : 1);
  const productTerms = product.x
    .map((value, i) => `${formatNumber(value, digits(value))} · ${formatNumber(product.column[i], digits(product.column[i]))}`)
    .join(' + ');
  const mixed = product.x.filter((value) => value !== 0).length;
  const count = (n: number) => COUNT_WORDS[n] ?? formatNumber(n, 0);
  const ordinal = (n: number) => ORDINAL_WORDS[n - 1] ?? `${formatNumber(n, 0)}.`;
  return (
    <LectureSlide
      notes={
        <p>
          Alles, was das Modell tut, sind Vektoren und Matrizen. Eine Matrixmultiplikation mischt und gewichtet
          Eingaben: Jeder Eintrag des Ergebnisses ist eine gewichtete Summe. Ein Beispiel aus dem Rechenbeispiel von
          Abschnitt 4: Das Wort „{product.token}“ ist dort ein Vektor x mit {product.x.length} Zahlen, W_K eine{' '}
          {product.x.length} × {product.columns}-Gewichtsmatrix; der {ordinal(product.j)} Eintrag von x W_K ist {productTerms} ={' '}
          {formatNumber(product.result, 1)}; er mischt {count(mixed)} der {count(product.x.length)} Eingaben. Wozu das dient, sehen wir
          in Abschnitt 4. Zum Lernen brauchen wir Ableitungen, und die liefert die Kettenregel Schicht für Schicht: Hängt
          der Loss L über eine Zwischengröße u von einem Gewicht w ab, dann ist ∂L/∂w das Produkt ∂L/∂u mal ∂u/∂w. An der
          Parabel L = c u² mit u = w − w* ist bei w = {formatNumber(chain.w0, 0)} also ∂L/∂u = 2cu ={' '}
          {formatNumber(chain.dLdu, 0)} und ∂u/∂w = {formatNumber(chain.dudw, 0)}, die Ableitung ist{' '}
          {formatNumber(chain.dLdw, 0)}. Der Gradientenabstieg (Gradient Descent) geht dann einen Schritt gegen den
          Gradienten; wie weit, bestimmt die Lernrate η: Der Schritt ist η mal Gradient. Mit η ={' '}
          {formatNumber(step.learningRate, 1)} ist er {formatNumber(step.learningRate, 1)} ·{' '}
          {formatNumber(Math.abs(step.gradient), 0)} = {formatNumber(Math.abs(step.learningRate * step.gradient), 1)} lang,
          und w landet bei {formatNumber(step.w1, 1)}, näher am Minimum w* = {formatNumber(chain.wStar, 0)}. Für ein
          einzelnes Gewicht ist ∇L einfach ∂L/∂w; w_alt ist hier der Start w₀, und w_neu heißt in Abschnitt 5 w₁, der Wert
          nach dem ersten Schritt. Dieselbe Parabel kommt dort wieder. Als Nächstes: „Schreibweise: Zeilenvektoren, ein Zeichen – eine Bedeutung“.
        </p>
      }
    >
      <SlideGrid layout="one" className="foundations-rows">
        <div className="foundations-row">
          <p className="foundations-label">Vektoren und Matrizen; die Matrixmultiplikation mischt und gewichtet</p>
          <div className="tex-left">
            <Tex math={MATRIX_PRODUCT} />
            <Tex math={matrixProductNumbers(product.token, 'W_K', product.x, product.column, product.j, product.result)} />
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
