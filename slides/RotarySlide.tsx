import { useMemo } from 'react';
import { ParamSlider } from '../src/components/ParamSlider';
import { RotationPlot } from '../src/components/RotationPlot';
import { Tex } from '../src/components/Tex';
import { WorkedFormula } from '../src/components/WorkedFormula';
import { LectureSlide } from '../src/shell/LectureSlide';
import { useIsSummary, useViewShown } from '../src/shell/slideStep';
import { useSliderState } from '../src/shell/useSharedState';
import { formatInteger, formatNumber } from '../src/format';
import {
  ROPE_FREQUENCIES,
  ROPE_RELATIVE,
  ROPE_ROTATION,
  SSM_RECURRENCE,
  ropeRotationNumbers,
  ropeRotationResult,
  ropeScoreNumbers,
} from '../src/tex';
import type { Pair } from '../src/math/rotary';
import { rotaryView } from '../src/model/rotary';
import { SlideGrid } from '../src/components/SlideGrid';
import { WithSubscripts } from '../src/components/WithSubscripts';
import './RotarySlide.css';

/** The pair that is rotated, and the query/key pair of the relative-position check. */
export const ROTARY_PAIR: Pair = [1, 0.5];
export const ROTARY_QUERY: Pair = [1, 0.5];
export const ROTARY_KEY: Pair = [0.6, -0.8];
/** The key sits this many tokens after the query. */
export const ROTARY_DISTANCE = 3;

const ROTARY_EXAMPLE = { pair: ROTARY_PAIR, query: ROTARY_QUERY, key: ROTARY_KEY, distance: ROTARY_DISTANCE } as const;

export const ROTARY_RANGES = {
  position: { min: 0, max: 12, step: 1, initial: 2 },
  theta: { min: 0.1, max: 1, step: 0.05, initial: 0.4 },
  shift: { min: 0, max: 20, step: 1, initial: 5 },
} as const;

function useRange(name: keyof typeof ROTARY_RANGES): [number, (value: number) => void] {
  return useSliderState(`rotary.${name}`, ROTARY_RANGES[name]);
}

/** What attention and a state-space model keep and do per new token (the trade-off of the last view). */
const SSM_COMPARISON = [
  ['Gedächtnis', 'KV-Cache, wächst mit n', 'Zustand r_t fester Größe'],
  ['Arbeit pro Token', 'wächst mit n', 'gleichbleibend'],
  ['Zugriff auf frühere Tokens', 'jedes direkt', 'nur über den Zustand'],
] as const;

export function RotarySlide() {
  const [position, setPosition] = useRange('position');
  const [theta, setTheta] = useRange('theta');
  const [shift, setShift] = useRange('shift');
  const { angle, degrees, rotated, m, n, scoreHere, scoreShifted, plain, spread } = useMemo(
    () => rotaryView({ position, theta, shift }, ROTARY_EXAMPLE),
    [position, theta, shift],
  );
  // One view per click beside the pair; the reading view stacks them, a page for the whole slide
  // (print, the one-page-per-slide handout) lays out all three.
  const shows = useViewShown();
  const summary = useIsSummary();

  return (
    <LectureSlide
      notes={
        <>
          <p>
            Attention allein weiß nicht, in welcher Reihenfolge die Tokens stehen. GPT-2 addiert deshalb zu jedem
            Token-Embedding ein gelerntes Positions-Embedding, x_t = e_t + pos_t (Abschnitt 2). Die heute verbreitete
            Variante ist die Rotary-Positionskodierung, kurz RoPE, von Su und Kollegen 2021, also lange vor Titans; Llama
            und viele andere Modelle nutzen sie. RoPE addiert nichts, sondern dreht jedes Zahlenpaar in Query und Key um
            einen Winkel, der mit der Position i wächst: i mal θ. Wenn wir die Position verschieben, dreht sich der Pfeil,
            seine Länge bleibt gleich.
          </p>
          <p>
            Warum mehrere Frequenzen? Jedes Paar m hat sein eigenes θ_m = 10000^(−2m/d_k). Bei der Kopfbreite d_k = {spread.d} dreht das
            schnellste Paar alle {formatNumber(spread.shortestWavelength, 1)} Tokens einmal ganz herum und unterscheidet so
            Nachbarn; das langsamste braucht {formatInteger(spread.longestWavelength)} Tokens und unterscheidet große
            Abstände, ohne sich zu wiederholen. Zusammen sind sie wie die Zeiger einer Uhr.
          </p>
          <p>
            Jetzt der Kern: Im Skalarprodukt von gedrehter Query und gedrehtem Key bleibt nur der Winkelunterschied übrig,
            also der Abstand j − i. Verschieben wir beide Positionen um Δ, bleiben die zwei Zahlen gleich. Zum Schluss
            State-Space-Modelle als Alternative: eine Rekurrenz statt Attention, Kosten linear in der Länge. S4 lernt die
            Matrizen Ā, B̄ und C, benutzt aber für jedes Token dieselben; Mamba berechnet sie für jedes Token aus x_t und kann so wählen, was es sich merkt.
            Die Tabelle stellt gegenüber, was beide für jedes neue Token brauchen: Attention einen KV-Cache, der mit n
            wächst, ein State-Space-Modell nur seinen Zustand, dessen Größe nicht mit n wächst. Auch diese Arbeiten gehören zum Umfeld von Titans, nicht zu Titans selbst. Als Nächstes: „Grenzen von LLMs“.
          </p>
        </>
      }
    >
      <SlideGrid layout="two-figures" split="fit-first" className={summary ? 'ol-rotary ol-rotary-summary' : 'ol-rotary'}>
        <section className="slide-stack rot-part-pair" aria-label="Drehung eines Paares">
          <div className="ol-sliders">
            <ParamSlider label="Position i" value={position} {...ROTARY_RANGES.position} digits={0} onChange={setPosition} />
            <ParamSlider label="Frequenz θ" value={theta} {...ROTARY_RANGES.theta} onChange={setTheta} />
          </div>
          <RotationPlot
            size={280}
            before={ROTARY_PAIR}
            after={rotated}
            angle={angle}
            caption={`Das Paar (${formatNumber(ROTARY_PAIR[0])}; ${formatNumber(ROTARY_PAIR[1])}) gedreht um ${formatNumber(degrees, 1)} Grad: (${formatNumber(rotated[0])}; ${formatNumber(rotated[1])}).`}
          />
        </section>
        {shows(0) && (
          <section className="slide-stack rot-part-rotation" aria-label="Rechnung" data-view="rotation">
            <WorkedFormula
              formula={ROPE_ROTATION}
              numbers={ropeRotationNumbers(angle, ROTARY_PAIR)}
              result={ropeRotationResult(rotated, degrees)}
              label="Drehung um i mal theta"
            />
            <Tex math={ROPE_FREQUENCIES} label="theta m gleich 10000 hoch minus 2 m durch d k" />
            <p className="slide-note">
              Jedes Paar dreht anders schnell: bei d<sub>k</sub> = {spread.d} von einer Drehung alle{' '}
              {formatNumber(spread.shortestWavelength, 1)} Tokens bis zu einer alle {formatInteger(spread.longestWavelength)}{' '}
              Tokens.
            </p>
          </section>
        )}
        {shows(1) && (
          <section className="slide-stack rot-part-relative" aria-label="Nur der Abstand zählt" data-view="relative">
            <h3 className="slide-subhead">Nur der Abstand zählt</h3>
            <Tex math={ROPE_RELATIVE} label="R i von q mal R j von k gleich q mal R j minus i von k" />
            <ParamSlider label="Verschiebung Δ" value={shift} {...ROTARY_RANGES.shift} digits={0} onChange={setShift} />
            <div className="ol-equal-scores" data-testid="rotary-scores">
              <Tex math={ropeScoreNumbers(m, n, scoreHere)} />
              <Tex math={ropeScoreNumbers(m + shift, n + shift, scoreShifted)} />
            </div>
            <p className="slide-note">
              Abstand j − i = {ROTARY_DISTANCE}; ohne Drehung wäre q · k = {formatNumber(plain, 3)} an jeder Position.
            </p>
          </section>
        )}
        {shows(2) && (
          <section className="slide-stack ol-ssm rot-part-ssm" aria-label="State-Space-Modelle" data-view="ssm">
            <h3 className="slide-subhead">Alternative: State-Space-Modelle</h3>
            <p>Statt Attention eine Rekurrenz über einen Zustand r<sub>t</sub>:</p>
            <Tex math={SSM_RECURRENCE} label="r t gleich r t minus 1 mal A quer t plus x t mal B quer t, o t gleich r t mal C t" />
            <p>
              S4: Ā, B̄, C gelernt, aber für alle Tokens gleich. Mamba: Ā<sub>t</sub>, B̄<sub>t</sub>, C<sub>t</sub> werden aus x<sub>t</sub> berechnet
              (selektiv) – das Modell entscheidet pro Token, was es behält.
            </p>
            <p>Die Reihenfolge steckt im Zustand, die Kosten wachsen nur linear mit der Länge n.</p>
            <table className="ol-ssm-table">
              <caption className="visually-hidden">Attention und State-Space-Modell im Vergleich</caption>
              <thead>
                <tr>
                  <th scope="col">Beim Generieren</th>
                  <th scope="col">Attention</th>
                  <th scope="col">State-Space-Modell</th>
                </tr>
              </thead>
              <tbody>
                {SSM_COMPARISON.map(([what, attention, ssm]) => (
                  <tr key={what}>
                    <th scope="row">{what}</th>
                    <td>{attention}</td>
                    <td>
                      <WithSubscripts text={ssm} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </SlideGrid>
    </LectureSlide>
  );
}
