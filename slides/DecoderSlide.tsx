import { Tex } from '../src/components/Tex';
import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import { formatNumber } from '../src/format';
import { ARGMAX, CONTEXT_H, DECODER_PROJECTION, SOFTMAX, W_OUT, namedRow, namedRowVector, predictedWord } from '../src/tex';
import { traceWorkedExample } from '../src/model';
import { SlideGrid } from '../src/components/SlideGrid';
import { SourceLine } from '../src/components/SourceLine';
import './DecoderSlide.css';

// The default worked example never changes on this slide, so it is traced once.
const trace = traceWorkedExample();

export function DecoderSlide() {
  const pTarget = trace.probabilities[trace.targetIndex];
  return (
    <LectureSlide
      notes={
        <>
          <p>
            Nach der Attention haben wir für „von“ einen Kontextvektor h. In einem echten GPT ist h der Vektor des
            letzten Tokens nach dem letzten Block und der letzten LayerNorm (siehe Abschnitt 7); im Rechenbeispiel ist es direkt das
            Ergebnis unseres einen Attention-Kopfes.
          </p>
          <p>
            Eine lineare Schicht macht aus h einen Wert pro Wort im Vokabular, die Logits z. Softmax verwandelt die
            Logits in Wahrscheinlichkeiten, und das Modell wählt im einfachsten Fall das wahrscheinlichste Token, den
            Argmax. In unserem Rechenbeispiel mit drei Wörtern ergibt sich für Frankreich {formatNumber(pTarget)}. Als
            Nächstes: „Decoder-Vorhersage: vom Kontextvektor zum Wort“.
          </p>
        </>
      }
    >
      <SlideGrid layout="text-figure" split="even">
        <ol className="steps">
          <li>
            Kontextvektor <Tex inline math={CONTEXT_H} /> aus der Attention (in GPT: nach dem letzten Block und der
            letzten LayerNorm, siehe Abschnitt 7)
          </li>
          <Reveal at={1} as="li">
            Lineare Projektion: <Tex inline math={DECODER_PROJECTION} />
          </Reveal>
          <Reveal at={2} as="li">
            Softmax: <Tex math={SOFTMAX} />
          </Reveal>
          <Reveal at={3} as="li">
            Auswahl des wahrscheinlichsten Tokens (Argmax): <Tex inline math={ARGMAX} />
          </Reveal>
        </ol>
        <div className="card dec-card tex-left">
          <p>
            <strong>Rechenbeispiel</strong>: Vokabular {`{${trace.vocabulary.join(', ')}}`}, <Tex inline math={W_OUT} /> und b
            von Hand gesetzt
          </p>
          <Tex math={namedRowVector('h', trace.focus, trace.h)} />
          <Reveal at={1}>
            <Tex math={namedRow('z', trace.logits)} />
          </Reveal>
          <Reveal at={2}>
            <Tex math={namedRow('p', trace.probabilities)} />
          </Reveal>
          <Reveal at={3}>
            <Tex math={predictedWord(trace.vocabulary[trace.prediction])} />
            <p>
              mit <span className="role-target">P({trace.vocabulary[trace.targetIndex]}) = {formatNumber(pTarget)}</span>
            </p>
          </Reveal>
        </div>
      </SlideGrid>
      <SourceLine kind="demo">Demo: npm run demo -- softmax</SourceLine>
    </LectureSlide>
  );
}
