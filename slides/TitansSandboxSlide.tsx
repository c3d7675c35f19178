import { useMemo } from 'react';
import { LineChart } from '../src/components/LineChart';
import { ParamSlider } from '../src/components/ParamSlider';
import { TokenBars } from '../src/components/TokenBars';
import { WorkedFormula } from '../src/components/WorkedFormula';
import { LectureSlide } from '../src/shell/LectureSlide';
import { useIsSummary, useViewShown } from '../src/shell/slideStep';
import { useSliderState } from '../src/shell/useSharedState';
import { formatNumber } from '../src/format';
import { TITANS_RECALL, titansRecallNumbers, titansRecallResult } from '../src/tex';
import { titansStream } from '../src/model/titansMemory';
import { titansSandbox } from '../src/model/titansSandbox';
import { SlideGrid } from '../src/components/SlideGrid';
import './TitansSandboxSlide.css';

/** Slider ranges of the sandbox, with their defaults. The keys are the paper's names (src/model/titansSandbox): eta is the deck's ρ (momentum decay), theta the deck's η (learning rate). */
export const SANDBOX_RANGES = {
  eta: { min: 0, max: 0.95, step: 0.05, initial: 0.5 },
  theta: { min: 0, max: 1, step: 0.05, initial: 0.3 },
  alpha: { min: 0, max: 0.5, step: 0.02, initial: 0.1 },
} as const;

/** The stream of the sandbox: d = 4, 16 tokens, seeded (src/model/titansMemory.ts). */
export const SANDBOX_STREAM = titansStream();

/** The sandbox at its default sliders, for the speaker notes. */
const DEFAULT_SANDBOX = titansSandbox(SANDBOX_STREAM, {
  eta: SANDBOX_RANGES.eta.initial,
  theta: SANDBOX_RANGES.theta.initial,
  alpha: SANDBOX_RANGES.alpha.initial,
});
const newFactE = DEFAULT_SANDBOX.firstPositions.find((f) => f.label === 'E');

function useParam(name: keyof typeof SANDBOX_RANGES): [number, (value: number) => void] {
  return useSliderState(`titansSandbox.${name}`, SANDBOX_RANGES[name]);
}

export function TitansSandboxSlide() {
  const [eta, setEta] = useParam('eta');
  const [theta, setTheta] = useParam('theta');
  const [alpha, setAlpha] = useParam('alpha');
  const sandbox = useMemo(() => titansSandbox(SANDBOX_STREAM, { eta, theta, alpha }), [eta, theta, alpha]);
  const { run, peak, peakStep, last, lastStep, finalRecall, finalRecallKeep, recallMax } = sandbox;
  const first = SANDBOX_STREAM[0];
  // Click 1 replaces the surprise bars by the recall of A; the reading view stacks them, and a page
  // for the whole slide (print, the one-page-per-slide handout) shows both.
  const shows = useViewShown();
  const summary = useIsSummary();
  const gridClass = summary ? 'ol-sandbox ol-sandbox-summary' : 'ol-sandbox';

  const surpriseBars = (
    <TokenBars
      bars={sandbox.bars}
      max={sandbox.surpriseMax}
      width={720}
      height={190}
      caption="Momentane Überraschung ‖∇ℓ‖ je Token (schraffiert: Fakt zum ersten Mal)"
    />
  );
  const recallOfA = (
    <section className="slide-stack" aria-label="Erinnerung an A" data-view="recall">
      <LineChart
        caption={`Abruf-Fehler für A nach jedem Token: am Ende ${formatNumber(finalRecallKeep)} ohne Vergessen, ${formatNumber(finalRecall)} mit α = ${formatNumber(alpha)}; leeres Gedächtnis ${formatNumber(run.recallBaseline)}.`}
        xLabel="Token t"
        yLabel="Fehler"
        xDomain={[1, SANDBOX_STREAM.length]}
        yDomain={[0, recallMax]}
        xTicks={[1, 4, 8, 12, 16]}
        yTicks={[0, recallMax / 2, recallMax]}
        width={720}
        height={220}
        series={[
          { label: 'ohne Vergessen', role: 'value', points: sandbox.recallKeep, dashed: true },
          { label: 'mit Vergessen', role: 'loss', points: sandbox.recallRun, dots: true },
        ]}
      />
      <p className="ol-legend-line" data-testid="titans-recall">
        Abruf von A am Ende:{' '}
        <span className="ol-key-value">
          ‒ ‒ α = 0: <strong className="num">{formatNumber(finalRecallKeep)}</strong>
        </span>
        {' · '}
        <span className="ol-key-loss">
          ● α = {formatNumber(alpha)}: <strong className="num">{formatNumber(finalRecall)}</strong>
        </span>
      </p>
    </section>
  );

  return (
    <LectureSlide
      notes={
        <>
          <p>
            Hier ist das Langzeitgedächtnis eine 4×4-Matrix 𝓜. Sie liest {SANDBOX_STREAM.length} Tokens, jedes mit
            Schlüssel und Wert; die Buchstaben sagen, welcher Fakt gerade kommt: A einmal am Anfang, dann B, C, D immer
            wieder, und an Position {newFactE?.position} ein neuer Fakt E. Die Balken zeigen die momentane Überraschung,
            die Länge des Gradienten ‖∇ℓ‖; schraffiert sind die Tokens, die einen Fakt zum ersten Mal bringen. Bei den Standardwerten
            überrascht ein neuer Fakt im Mittel mit {formatNumber(DEFAULT_SANDBOX.meanSurpriseNew)}, eine Wiederholung nur
            mit {formatNumber(DEFAULT_SANDBOX.meanSurpriseRepeat)} – das Gedächtnis hat sie schon gelernt. Welches
            einzelne Token die größte Überraschung hat, rechnet die Zeile unter den Reglern für die eingestellten Werte
            aus; bei den Standardwerten ist es Token {DEFAULT_SANDBOX.peak + 1}, aber schon ein Reglerschritt kann den
            Spitzenplatz zu einem anderen neuen Fakt verschieben.
          </p>
          <p>
            Was bewirkt wohl η = 0? Überlegen Sie kurz, bevor Sie weiterlesen: Nichts wird gelernt, jede Wiederholung bleibt überraschend.
            Dann kommt die Frage: Erinnert sich 𝓜 am Ende noch an A? Die gestrichelte Linie ist ohne Vergessen, die
            durchgezogene mit dem eingestellten α. Vergessen schafft Platz für Neues, kostet aber das Alte. Als Nächstes:
            „Positionskodierung: Rotary (RoPE)“.
          </p>
        </>
      }
    >
      <SlideGrid layout="text-figure" split="wide-second" className={gridClass}>
        <section className="slide-stack" aria-label="Regler des Gedächtnisses">
          <div className="ol-sliders">
            <ParamSlider label="ρ Nachklang" value={eta} min={SANDBOX_RANGES.eta.min} max={SANDBOX_RANGES.eta.max} step={SANDBOX_RANGES.eta.step} onChange={setEta} />
            <ParamSlider label="η Lernrate" value={theta} min={SANDBOX_RANGES.theta.min} max={SANDBOX_RANGES.theta.max} step={SANDBOX_RANGES.theta.step} onChange={setTheta} />
            <ParamSlider label="α Vergessen" value={alpha} min={SANDBOX_RANGES.alpha.min} max={SANDBOX_RANGES.alpha.max} step={SANDBOX_RANGES.alpha.step} onChange={setAlpha} />
          </div>
          <p className="slide-status" data-testid="titans-peak">
            Größte momentane Überraschung: Token {peak + 1} ({peakStep.label}),{' '}
            <span className="ol-nowrap">
              ‖∇ℓ‖ = <strong className="num">{formatNumber(peakStep.gradientNorm)}</strong>
            </span>
            ,{' '}
            <span className="ol-nowrap">
              ℓ vorher = <strong className="num">{formatNumber(peakStep.loss)}</strong>
            </span>
          </p>
          <p className="slide-status" data-testid="titans-last">
            Letztes Token {last + 1} ({lastStep.label}): ‖∇ℓ‖ = <strong className="num">{formatNumber(lastStep.gradientNorm)}</strong>,
            ℓ = <strong className="num">{formatNumber(lastStep.loss)}</strong>
          </p>
        </section>
        {shows(0) && shows(1) ? (
          <div className="slide-stack">
            {surpriseBars}
            {recallOfA}
          </div>
        ) : (
          (shows(0) && surpriseBars) || recallOfA
        )}
      </SlideGrid>
      {shows(1) && (
        <SlideGrid layout="one" className={gridClass} aria-label="Abruf des ersten Fakts">
          <WorkedFormula
            formula={TITANS_RECALL}
            numbers={titansRecallNumbers(run.recalled, first.value)}
            result={titansRecallResult(finalRecall)}
            label="Abruf-Fehler für den ersten Schlüssel am Ende"
          />
          <p className="slide-note">
            k<sub>1</sub> 𝓜<sub>n</sub>: was 𝓜 nach n = {SANDBOX_STREAM.length} Tokens für A antwortet; leeres Gedächtnis:{' '}
            {formatNumber(run.recallBaseline)}.
          </p>
        </SlideGrid>
      )}
    </LectureSlide>
  );
}
