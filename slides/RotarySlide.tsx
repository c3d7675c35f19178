import { useMemo } from 'react';
import { ParamSlider } from '../src/components/ParamSlider';
import { RotationPlot } from '../src/components/RotationPlot';
import { Tex } from '../src/components/Tex';
import { WorkedFormula } from '../src/components/WorkedFormula';
import { LectureSlide } from '../src/deck/LectureSlide';
import { Reveal } from '../src/deck/slideStep';
import { useSliderState } from '../src/deck/useSharedState';
import { formatNumber } from '../src/format';
import {
  ROPE_RELATIVE,
  ROPE_ROTATION,
  SSM_RECURRENCE,
  ropeRotationNumbers,
  ropeRotationResult,
  ropeScoreNumbers,
} from '../src/tex';
import type { Pair } from '../src/math/rotary';
import { rotaryView } from '../src/model/rotary';
import '../src/components/outlook.css';

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

export function RotarySlide() {
  const [position, setPosition] = useRange('position');
  const [theta, setTheta] = useRange('theta');
  const [shift, setShift] = useRange('shift');
  const { angle, degrees, rotated, m, n, scoreHere, scoreShifted, plain } = useMemo(
    () => rotaryView({ position, theta, shift }, ROTARY_EXAMPLE),
    [position, theta, shift],
  );

  return (
    <LectureSlide
      notes={
        <>
          <p>
            Attention allein weiß nicht, in welcher Reihenfolge die Tokens stehen. Rotary-Positionskodierung, kurz RoPE,
            haben Su und Kollegen 2021 vorgestellt, also lange vor Titans; Llama und viele andere Modelle nutzen sie. RoPE
            dreht jedes Zahlenpaar in Query und Key um einen Winkel, der mit der Position m wächst: m mal θ. Wenn wir die
            Position verschieben, dreht sich der Pfeil, seine Länge bleibt gleich.
          </p>
          <p>
            Jetzt der Trick dahinter: Im Skalarprodukt von gedrehter Query und gedrehtem Key bleibt nur der
            Winkelunterschied übrig, also der Abstand n − m. Verschieben wir beide Positionen um s, bleiben die zwei Zahlen
            gleich. Zum Schluss State-Space-Modelle als Alternative: eine Rekurrenz statt Attention, Kosten linear in der
            Länge. Auch sie, etwa S4 und Mamba, sind eigene Arbeiten und gehören zum Umfeld von Titans, nicht zu Titans
            selbst. Damit sind wir bei den Grenzen von LLMs.
          </p>
        </>
      }
    >
      <div className="ol-columns ol-rotary">
        <section className="ol-column" aria-label="Drehung eines Paares">
          <div className="ol-sliders">
            <ParamSlider label="Position m" value={position} {...ROTARY_RANGES.position} digits={0} onChange={setPosition} />
            <ParamSlider label="Frequenz θ" value={theta} {...ROTARY_RANGES.theta} onChange={setTheta} />
          </div>
          <RotationPlot
            before={ROTARY_PAIR}
            after={rotated}
            angle={angle}
            caption={`Das Paar (${formatNumber(ROTARY_PAIR[0])}; ${formatNumber(ROTARY_PAIR[1])}) gedreht um ${formatNumber(degrees, 1)} Grad: (${formatNumber(rotated[0])}; ${formatNumber(rotated[1])}).`}
          />
        </section>
        <section className="ol-column" aria-label="Rechnung">
          <div className="ol-formula-small">
            <WorkedFormula
              formula={ROPE_ROTATION}
              numbers={ropeRotationNumbers(position, theta, ROTARY_PAIR)}
              result={ropeRotationResult(rotated, degrees)}
              label="Drehung um m mal theta"
            />
          </div>
          <Reveal at={1} className="ol-column">
            <h3 className="ol-subhead">Nur der Abstand zählt</h3>
            <Tex math={ROPE_RELATIVE} label="R m q mal R n k gleich q transponiert R n minus m k" />
            <ParamSlider label="Verschiebung s" value={shift} {...ROTARY_RANGES.shift} digits={0} onChange={setShift} />
            <div className="ol-equal-scores" data-testid="rotary-scores">
              <Tex math={ropeScoreNumbers(m, n, scoreHere)} />
              <Tex math={ropeScoreNumbers(m + shift, n + shift, scoreShifted)} />
            </div>
            <p className="ol-note">
              Abstand n − m = {ROTARY_DISTANCE}; ohne Drehung wäre q · k = {formatNumber(plain, 3)} an jeder Position.
            </p>
          </Reveal>
        </section>
      </div>
      <Reveal at={2} className="ol-ssm">
        <p>
          <strong>State-Space-Modelle</strong> (z. B. Mamba): statt Attention eine Rekurrenz{' '}
          <Tex inline math={SSM_RECURRENCE} label="h t gleich A h t minus 1 plus B x t, y t gleich C h t" /> – Reihenfolge
          steckt im Zustand, Kosten wachsen nur linear mit n.
        </p>
      </Reveal>
    </LectureSlide>
  );
}
