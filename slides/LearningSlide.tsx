import { Tex } from '../src/components/Tex';
import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import { CROSS_ENTROPY, GRADIENT_DESCENT, GRAD_LOGITS, TRAINED_WEIGHTS } from '../src/tex';
import { SlideGrid } from '../src/components/SlideGrid';
import { SourceLine } from '../src/components/SourceLine';

export function LearningSlide() {
  return (
    <LectureSlide
      notes={
        <p>
          Beim Training ist das Ziel, den Cross-Entropy-Loss zu minimieren. Softmax liefert eine
          Wahrscheinlichkeitsverteilung über das Vokabular, und Cross-Entropy misst, wie „falsch“ das Modell liegt: Es ist
          einfach der negative Logarithmus der Wahrscheinlichkeit für das richtige Wort. Backpropagation verteilt diesen
          Fehler mit der Kettenregel zurück durch alle Schichten, und Gradient Descent passt W_Q, W_K, W_V und W_out an.
          Gleich sehen wir den Loss und einen Lernschritt mit echten Zahlen.
        </p>
      }
    >
      <SlideGrid layout="text-figure" split="even">
        <ul>
          <li>Ziel: Cross-Entropy-Loss minimieren</li>
          <li>Softmax liefert Wahrscheinlichkeitsverteilung über das Vokabular</li>
          <li>Cross-Entropy misst, wie „falsch“ das Modell liegt</li>
          <li>Backpropagation verteilt den Fehler zurück durch alle Schichten</li>
          <li>
            Gewichte <Tex inline math={TRAINED_WEIGHTS} /> werden aktualisiert
          </li>
        </ul>
        <div>
          <Tex math={CROSS_ENTROPY} />
          <Reveal at={1}>
            <Tex math={GRAD_LOGITS} />
          </Reveal>
          <Reveal at={2}>
            <Tex math={GRADIENT_DESCENT} />
          </Reveal>
        </div>
      </SlideGrid>
      <SourceLine kind="demo">Demos: npm run demo -- cross-entropy · npm run demo -- gradient-descent</SourceLine>
    </LectureSlide>
  );
}
