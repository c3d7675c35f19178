import { Tex } from '../src/components/Tex';
import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import { CHAIN_RULE, GRADIENT_DESCENT, MATRIX_PRODUCT } from '../src/tex';
import { SlideGrid } from '../src/components/SlideGrid';
import { SourceLine } from '../src/components/SourceLine';

export function MathFoundationsSlide() {
  return (
    <LectureSlide
      notes={
        <p>
          Alles, was das Modell tut, sind Vektoren und Matrizen. Eine Matrixmultiplikation mischt und gewichtet
          Eingaben: Jeder Eintrag des Ergebnisses ist eine gewichtete Summe. Zum Lernen brauchen wir Ableitungen, und die
          bekommen wir mit der Kettenregel Schicht für Schicht. Gradient Descent geht dann einen kleinen Schritt gegen den
          Gradienten, die Schrittweite ist die Lernrate η. Als Nächstes: „Schreibweise: Zeilenvektoren, ein Zeichen – eine Bedeutung“.
        </p>
      }
    >
      <SlideGrid layout="text-figure" split="even">
        <ul>
          <li>Vektoren und Matrizen als Grundbausteine</li>
          <li>Matrixmultiplikation als Misch- und Gewichtungsoperation</li>
          <li>Gradientenberechnung mittels Kettenregel</li>
          <li>Gradient Descent</li>
        </ul>
        <div>
          <Tex math={MATRIX_PRODUCT} />
          <Reveal at={1}>
            <Tex math={CHAIN_RULE} />
          </Reveal>
          <Reveal at={2}>
            <Tex math={GRADIENT_DESCENT} />
          </Reveal>
        </div>
      </SlideGrid>
      <SourceLine kind="demo">Demo: npm run demo -- gradient-descent</SourceLine>
    </LectureSlide>
  );
}
