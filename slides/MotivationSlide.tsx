import type { ReactNode } from 'react';
import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import { SlideGrid } from '../src/components/SlideGrid';
import './MotivationSlide.css';

/** The first three bullets as a figure: each field a part of the one around it. */
const NESTED = ['Künstliche Intelligenz (KI)', 'Maschinelles Lernen (ML)', 'Deep Learning (DL)', 'Große Sprachmodelle (LLMs), z. B. GPT'] as const;

export function MotivationSlide() {
  return (
    <LectureSlide
      notes={
        <>
          <p>
            Maschinelles Lernen ist ein Teilgebiet der KI, Deep Learning nutzt dafür tiefe neuronale Netze, und GPT steht
            für Generative Pretrained Transformer. Die Kernfrage heute: Wie kann ein Modell nur durch Statistik scheinbar
            „verstehen“? Dazu nehmen wir einen Beispielsatz. Die ganze Aufgabe des Modells ist es, das nächste Token
            vorherzusagen, hier „Frankreich“.
          </p>
          <p>
            „Pretrained“ heißt: Im Vortraining (Pretraining) lernt das Modell an riesigen Textmengen genau diese eine
            Aufgabe. Heraus kommt ein Sprachmodell, das Texte fortsetzt, aber noch kein Assistent ist. Zum Chatbot wird es
            erst im Nachtraining (Post-Training): Beim Supervised Fine-Tuning (SFT) lernt es an Beispieldialogen, wie eine
            gute Antwort aussieht, beim Reinforcement Learning from Human Feedback (RLHF) an menschlichen Urteilen
            darüber, welche von mehreren Antworten besser ist. Diese Vorlesung erklärt das Vortraining; das Nachtraining
            ändert dieselben Gewichte mit denselben Werkzeugen (Backpropagation, Gradientenabstieg), aber mit anderen
            Zielen. Als Nächstes: „Transformer-Architektur &
            Self-Attention“.
          </p>
        </>
      }
    >
      <SlideGrid layout="text-figure" split="wide-first">
        <div>
          <ul>
            <li>Maschinelles Lernen (ML) als Teilgebiet der KI</li>
            <li>Deep Learning (DL) mit tiefen neuronalen Netzen</li>
            <li>GPT = Generative Pretrained Transformer</li>
            <li>Kernfrage: Wie kann ein Modell nur durch Statistik scheinbar „verstehen“?</li>
            <li>Vom Sprachmodell zum Chatbot: Vortraining (nächstes Token), dann Nachtraining (SFT, RLHF)</li>
          </ul>
          <figure className="mot-nest" aria-label="Künstliche Intelligenz umfasst maschinelles Lernen, maschinelles Lernen umfasst Deep Learning, Deep Learning umfasst große Sprachmodelle wie GPT">
            {NESTED.reduceRight<ReactNode>(
              (inner, name) => (
                <div className="mot-nest-box">
                  <span className="mot-nest-name">{name}</span>
                  {inner}
                </div>
              ),
              null,
            )}
          </figure>
        </div>
        <Reveal at={1}>
          <div className="card">
            <p className="small">Beispielsatz</p>
            <p className="example-sentence">„Paris ist die Hauptstadt von Frankreich.“</p>
            <p>
              Aufgabe des Modells: das nächste Token vorhersagen, z. B. das Wort{' '}
              <span className="role-target">„Frankreich“</span>.
            </p>
          </div>
        </Reveal>
      </SlideGrid>
    </LectureSlide>
  );
}
