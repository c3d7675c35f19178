import { useMemo } from 'react';
import { LineChart } from '../src/components/LineChart';
import { ParamSlider } from '../src/components/ParamSlider';
import { Tex } from '../src/components/Tex';
import { WorkedFormula } from '../src/components/WorkedFormula';
import { cssVar } from '../src/theme/palette';
import { LectureSlide } from '../src/shell/LectureSlide';
import { useSliderState } from '../src/shell/useSharedState';
import { formatNumber } from '../src/format';
import { FEED_FORWARD, FEED_FORWARD_SHAPES, GELU, RELU, geluNumbers, geluResult, reluNumbers } from '../src/tex';
import { activationCurves, activationsAt } from '../src/model/activationCurves';
import './ArchitectureGeluSlide.css';
import { SlideGrid } from '../src/components/SlideGrid';

/** The x slider: where GeLU(x) is evaluated in the three-line formula and marked on the plot. */
export const GELU_X_RANGE = { min: -3, max: 3, step: 0.1, initial: -1 } as const;
const DOMAIN = { from: -4, to: 4 } as const;

function LegendLine({ role, dashed }: { role: 'accent' | 'key'; dashed: boolean }) {
  return (
    <svg width="48" height="14" aria-hidden="true">
      <line x1="2" y1="7" x2="46" y2="7" stroke={cssVar(role)} strokeWidth="4" strokeDasharray={dashed ? '8 6' : undefined} />
    </svg>
  );
}

export function ArchitectureGeluSlide() {
  const [x, setX] = useSliderState('architecture.geluX', GELU_X_RANGE);
  const curves = useMemo(() => activationCurves(DOMAIN.from, DOMAIN.to), []);
  const at = useMemo(() => activationsAt(x), [x]);
  const minimum = curves.geluMinimum;
  const caption =
    `GeLU (durchgezogen) und ReLU (gestrichelt) für x von ${formatNumber(DOMAIN.from, 0)} bis ${formatNumber(DOMAIN.to, 0)}. ` +
    `Bei x = ${formatNumber(x)}: GeLU = ${formatNumber(at.gelu)}, ReLU = ${formatNumber(at.relu)}. ` +
    `GeLU ist am kleinsten bei x ≈ ${formatNumber(minimum[0])} mit ${formatNumber(minimum[1])}.`;

  return (
    <LectureSlide
      notes={
        <p>
          Das MLP bringt jeden Token-Vektor für sich auf die Breite 4·d, schickt ihn durch eine
          Aktivierung und bringt ihn wieder zurück auf die Breite d. ReLU schneidet alles Negative hart auf null ab. GeLU ist die weiche
          Variante: x mal Φ(x), also x mal die Wahrscheinlichkeit, dass eine standardnormalverteilte Zufallsgröße
          kleiner als x ist. Für große positive x sind beide fast gleich, für stark negative fast null; um null herum lässt GeLU ein wenig Negatives durch und hat keinen Knick.
          GPT-2 benutzt eine tanh-Näherung, die sich kaum sichtbar unterscheidet. Als Nächstes: „Multi-Head Attention: mehrere Köpfe, mehrere Fragen“.
        </p>
      }
    >
      <SlideGrid layout="two-figures" split="wide-second" className="arch-gelu">
        <div>
          <LineChart
            caption={caption}
            xLabel="x"
            yLabel="Aktivierung"
            xDomain={[DOMAIN.from, DOMAIN.to]}
            yDomain={[-0.5, 4]}
            xTicks={[-4, -3, -2, -1, 0, 1, 2, 3, 4]}
            yTicks={[0, 1, 2, 3, 4]}
            width={480}
            height={360}
            series={[
              { label: 'ReLU', role: 'key', points: curves.relu, dashed: true },
              { label: 'GeLU', role: 'accent', points: curves.gelu },
            ]}
            markers={[{ x: at.x, y: at.gelu, label: 'GeLU(x)', role: 'focus' }]}
          />
          <ul className="arch-legend" aria-hidden="true">
            <li>
              <LegendLine role="accent" dashed={false} /> GeLU (exakt)
            </li>
            <li>
              <LegendLine role="key" dashed /> ReLU
            </li>
          </ul>
          <p className="slide-note">
            GPT-2 nutzt die tanh-Näherung von GeLU: größte Abweichung auf [{formatNumber(DOMAIN.from, 0)};{' '}
            {formatNumber(DOMAIN.to, 0)}] nur <span className="num">{formatNumber(curves.maxTanhError, 4)}</span>.
          </p>
        </div>
        <div>
          <WorkedFormula formula={GELU} numbers={geluNumbers(at.x, at.phi)} result={geluResult(at.x, at.gelu)} />
          <ParamSlider
            label="x"
            value={x}
            min={GELU_X_RANGE.min}
            max={GELU_X_RANGE.max}
            step={GELU_X_RANGE.step}
            onChange={setX}
            digits={1}
          />
          <div>
            <Tex math={RELU} />
            <Tex math={reluNumbers(at.x, at.relu)} />
          </div>
          <p className="slide-note arch-mlp-label">Das MLP in jedem Block, Token für Token:</p>
          <div>
            <Tex math={FEED_FORWARD} />
            <Tex math={FEED_FORWARD_SHAPES} />
          </div>
        </div>
      </SlideGrid>
    </LectureSlide>
  );
}
