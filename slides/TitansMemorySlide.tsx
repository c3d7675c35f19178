import type { ReactNode } from 'react';
import { Tex } from '../src/components/Tex';
import { LectureSlide } from '../src/deck/LectureSlide';
import { Reveal } from '../src/deck/slideStep';
import {
  TITANS_KEYS_VALUES,
  TITANS_LINEAR_GRADIENT,
  TITANS_LOSS,
  TITANS_MEMORY_UPDATE,
  TITANS_READ,
  TITANS_SURPRISE,
} from '../src/tex';
import { TITANS_CITATION } from './titans';
import './TitansMemorySlide.css';
import { SourceLine } from '../src/components/SourceLine';
import { SlideGrid } from '../src/components/SlideGrid';

/** The four equations of the long-term memory, in the order of the paper, with what they mean. */
const EQUATIONS: readonly { name: string; tex: string; text: ReactNode; spoken: string }[] = [
  { name: 'Fehler', tex: TITANS_LOSS, text: <>Wie schlecht passt der gespeicherte Wert zum Schlüssel k<sub>t</sub>?</>, spoken: 'l gleich Norm von M von k t minus v t, zum Quadrat' },
  { name: 'Überraschung', tex: TITANS_SURPRISE, text: <>Gradient = Überraschung; ρ<sub>t</sub> behält vergangene, η<sub>t</sub> ist die Lernrate – beide hängen von x<sub>t</sub> ab.</>, spoken: 'S t gleich rho mal S t minus 1 minus eta mal Gradient von l' },
  { name: 'Merken', tex: TITANS_MEMORY_UPDATE, text: <>α<sub>t</sub> (auch aus x<sub>t</sub> berechnet) vergisst einen Teil des Alten, dann kommt die Überraschung dazu.</>, spoken: 'M t gleich 1 minus alpha mal M t minus 1 plus S t' },
  { name: 'Abrufen', tex: TITANS_READ, text: <>Lesen mit einer Anfrage q<sub>t</sub>, ohne das Gedächtnis zu ändern.</>, spoken: 'o t gleich M Stern von q t' },
];

export function TitansMemorySlide() {
  return (
    <LectureSlide
      notes={
        <>
          <p>
            Das Langzeitgedächtnis M ist selbst ein kleines Netz. Für jedes Token bildet es wie die Attention einen
            Schlüssel k und einen Wert v. Der Fehler misst, wie schlecht M den Schlüssel schon auf den Wert abbildet: der
            quadrierte Abstand zwischen M von k und v. Das ist nicht die Kreuzentropie aus dem Training, sondern ein
            quadratischer Fehler, und M lernt damit beim Lesen, nicht nur beim Training.
          </p>
          <p>
            Der Gradient dieses Fehlers heißt im Paper Überraschung. Etwas Neues erzeugt einen großen Gradienten, etwas
            Bekanntes einen kleinen. ρ lässt vergangene Überraschung nachklingen wie ein Momentum, η ist die Lernrate, α
            ist das Vergessen: ein Teil des alten Gedächtnisses wird jedes Mal gelöscht. Im Paper sind das keine festen
            Zahlen: ρ_t, η_t und α_t werden für jedes Token aus x_t berechnet (das Paper schreibt η_t für unser ρ_t und θ_t für unser η_t, denn η ist bei uns immer die Lernrate), das Modell entscheidet also selbst, wann es
            sich mehr merkt oder mehr vergisst. Im Sandkasten stellen wir sie als Konstanten mit Reglern ein. Abrufen ändert
            nichts. Für ein lineares Gedächtnis M(k) = k M ist der Gradient ein äußeres Produkt; das rechnen wir gleich im
            Sandkasten nach.
          </p>
        </>
      }
    >
      <SlideGrid layout="one">
        <p className="ol-lead">
          Jedes Token x<sub>t</sub> liefert Schlüssel, Wert und Anfrage: <Tex inline math={TITANS_KEYS_VALUES} label="k t gleich x t W K, v t gleich x t W V, q t gleich x t W Q" />
        </p>
        <div className="ol-equations tex-left" role="list" aria-label="Die Gleichungen des Langzeitgedächtnisses">
          {EQUATIONS.map((equation, i) => {
            const row = (
              <div className="ol-equation" role="listitem">
                <span className="ol-equation-name">{equation.name}</span>
                <Tex math={equation.tex} label={equation.spoken} />
                <span className="ol-equation-text">{equation.text}</span>
              </div>
            );
            return i === 0 ? <div key={equation.name}>{row}</div> : <Reveal key={equation.name} at={i}>{row}</Reveal>;
          })}
        </div>
        <Reveal at={EQUATIONS.length} className="ol-linear tex-left">
          <p className="ol-linear-head">Im Sandkasten: lineares Gedächtnis (Zeilenvektoren wie überall)</p>
          <Tex math={TITANS_LINEAR_GRADIENT} label="M von k gleich k mal M, daraus folgt: Gradient nach M von l gleich 2 mal k t transponiert, mal k t M minus v t" />
        </Reveal>
      </SlideGrid>
      <SourceLine kind="citation">{TITANS_CITATION}</SourceLine>
    </LectureSlide>
  );
}
