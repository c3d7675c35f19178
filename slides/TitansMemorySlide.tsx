import type { ReactNode } from 'react';
import { Tex } from '../src/components/Tex';
import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
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
  { name: 'Überraschung', tex: TITANS_SURPRISE, text: <>Überraschung S<sub>t</sub>: die vergangene (mit ρ<sub>t</sub> nachklingend) minus η<sub>t</sub> mal die momentane, den Gradienten ∇ℓ.</>, spoken: 'S t gleich rho mal S t minus 1 minus eta mal Gradient von l' },
  { name: 'Merken', tex: TITANS_MEMORY_UPDATE, text: <>Das Alte wird mit 1 − α<sub>t</sub> abgeschwächt (Vergessen), dann kommt S<sub>t</sub> dazu.</>, spoken: 'M t gleich 1 minus alpha mal M t minus 1 plus S t' },
  { name: 'Abrufen', tex: TITANS_READ, text: <>𝓜*: das Gedächtnis nur lesen, ohne Lernschritt (der Stern).</>, spoken: 'o t gleich M Stern von q t' },
];

export function TitansMemorySlide() {
  return (
    <LectureSlide
      notes={
        <>
          <p>
            Das Langzeitgedächtnis 𝓜 ist selbst ein kleines Netz; das geschwungene 𝓜 unterscheidet es von der kausalen
            Maske M. Für jedes Token bildet Titans wie die Attention einen Schlüssel k_t und einen Wert v_t. Die Matrizen
            W_K und W_V dafür lernt das normale Training, beim Lesen bleiben sie fest; beim Lesen ändert sich nur 𝓜. Der
            Fehler ℓ misst, wie schlecht 𝓜 den Schlüssel schon auf den Wert abbildet: der quadrierte Abstand zwischen
            𝓜(k_t) und v_t. Das ist nicht die Cross-Entropy aus dem Training, sondern ein quadratischer Fehler, und 𝓜 lernt
            damit beim Lesen.
          </p>
          <p>
            Die Überraschung ist im Paper zweiteilig: Die momentane Überraschung ist der Gradient von ℓ – etwas Neues
            erzeugt einen großen Gradienten, etwas Bekanntes einen kleinen. Die vergangene Überraschung S_(t−1) klingt mit
            ρ_t nach wie ein Momentum; zusammen ergeben sie S_t. η_t ist die Lernrate, und α_t ist das Vergessen: Das alte
            Gedächtnis wird in jedem Schritt mit 1 − α_t abgeschwächt. Im Paper sind ρ_t, η_t und α_t keine festen
            Zahlen, sondern werden für jedes Token aus x_t berechnet (das Paper schreibt η_t für unser ρ_t und θ_t für
            unser η_t, denn η ist bei uns immer die Lernrate). Das Modell entscheidet also selbst, wann es sich mehr merkt
            oder mehr vergisst. Im Sandkasten stellen wir sie als Konstanten mit Reglern ein.
          </p>
          <p>
            Abrufen ändert nichts: Der Stern in 𝓜* heißt, dass das Gedächtnis nur gelesen wird. Für ein lineares
            Gedächtnis 𝓜(k) = k 𝓜 ist der Gradient ein äußeres Produkt; das rechnen wir gleich im Sandkasten nach.
            Verwandte Ideen sind die Delta-Regel linearer Attention und das Test-Time Training: Auch dort lernt ein
            Gedächtnis beim Lesen mit Gradientenschritten. Als Nächstes: „Drei Varianten: MAC, MAG, MAL“.
          </p>
        </>
      }
    >
      <SlideGrid layout="one">
        <p className="ol-lead">
          W<sub>K</sub>, W<sub>V</sub>, W<sub>Q</sub> lernt das normale Training, beim Lesen sind sie fest; nur 𝓜 ändert sich:{' '}
          <Tex inline math={TITANS_KEYS_VALUES} label="k t gleich x t W K, v t gleich x t W V, q t gleich x t W Q" />
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
