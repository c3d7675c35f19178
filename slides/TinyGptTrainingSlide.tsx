import { useMemo } from 'react';
import { Heatmap } from '../src/components/Heatmap';
import { LineChart } from '../src/components/LineChart';
import { ParamSlider } from '../src/components/ParamSlider';
import { LectureSlide } from '../src/shell/LectureSlide';
import { useIsLive, useIsSummary, useViewShown } from '../src/shell/slideStep';
import { useSharedState, useSliderState } from '../src/shell/useSharedState';
import { INITIAL_TRAINING_CONTROLS, useTrainingWorker } from './useTrainingWorker';
import { formatInteger, formatNumber, formatPercent } from '../src/format';
import { learningView, liveTrainingView } from '../src/model/tinyGpt';
import './TinyGptTrainingSlide.css';
import { SlideGrid } from '../src/components/SlideGrid';

/** The learning-rate slider's range (the shipped run used η = 0,03). */
export const TRAINING_RATE_RANGE = { min: 0.005, max: 0.1, step: 0.005 } as const;

type Command = { running: boolean; runs: number; resets: number };

export function TinyGptTrainingSlide() {
  // Click 1 replaces the corpus by the heads' attention; the reading view stacks them, and a page for
  // the whole slide (print, the one-page-per-slide handout) shows both.
  const shows = useViewShown();
  const summary = useIsSummary();
  const live = useIsLive();
  const corpus = useMemo(() => learningView(), []);
  const [rawCommand, setCommand] = useSharedState<Command>('tinyGpt.training', INITIAL_TRAINING_CONTROLS);
  const [learningRate, setLearningRate] = useSliderState('tinyGpt.learningRate', { ...TRAINING_RATE_RANGE, initial: corpus.training.learningRate });
  const command: Command = {
    running: rawCommand?.running === true,
    runs: Number.isInteger(rawCommand?.runs) ? rawCommand.runs : 0,
    resets: Number.isInteger(rawCommand?.resets) && rawCommand.resets > 0 ? rawCommand.resets : 0,
  };
  const run = useTrainingWorker({ ...command, learningRate }, live);
  const view = useMemo(() => (run.snapshot ? liveTrainingView(run.snapshot, run.heldOut) : corpus.shipped), [run.snapshot, run.heldOut, corpus]);
  const shipped = corpus.training;
  const parts = corpus.parameterParts;

  const toggle = () =>
    setCommand(
      run.running
        ? { ...command, running: false }
        : { running: true, runs: command.runs + 1, resets: command.resets === 0 ? 1 : command.resets },
    );
  const reset = () => setCommand({ running: false, runs: command.runs, resets: command.resets + 1 });

  const status =
    view.source === 'shipped'
      ? `Geliefertes Modell: ${view.step} Schritte, fertig trainiert`
      : `Frisch ab Seed ${view.seed}: Schritt ${view.step}${run.running ? ' …' : ''}`;

  return (
    <LectureSlide
      notes={
        <>
          <p>
            Im Rechenbeispiel haben wir jede Zahl von Hand gesetzt. Dieses Mini-GPT hat seine{' '}
            {formatInteger(corpus.parameterCount)} Parameter selbst gelernt: Breite d = {corpus.config.dModel},{' '}
            {corpus.config.nHeads} Köpfe, {corpus.config.nLayers} Blöcke, {corpus.vocabularySize} Wörter, Kontext{' '}
            {corpus.config.contextLength} Wörter. Zwei Abweichungen von GPT-2: Die innere Schicht des MLP ist
            nur {corpus.config.dFF} = {parts.ratio}·d breit statt 4·d, ein Block hat also {parts.blockCoefficients.dSquared}d² +{' '}
            {parts.blockCoefficients.d}d = {formatInteger(parts.block)} statt {parts.gpt2BlockCoefficients.dSquared}d² +{' '}
            {parts.gpt2BlockCoefficients.d}d = {formatInteger(parts.gpt2Block)} Parameter; und die Ausgabeschicht hat eigene
            Gewichte W_out mit Bias ({corpus.config.dModel} · {corpus.vocabularySize} + {corpus.vocabularySize} ={' '}
            {formatInteger(parts.outputLayer)}), statt die Embedding-Gewichte zu teilen. Zusammen: {corpus.config.nLayers} ·{' '}
            {formatInteger(parts.block)} + {corpus.vocabularySize} · {corpus.config.dModel} + {corpus.config.contextLength} ·{' '}
            {corpus.config.dModel} + 2 · {corpus.config.dModel} + {formatInteger(parts.outputLayer)} ={' '}
            {formatInteger(parts.total)}; die Formel der vorigen Folie ergäbe {formatInteger(parts.gpt2Total)}. Das Korpus umfasst{' '}
            {corpus.sentenceCount} Sätze aus {corpus.templates.length} Vorlagen; {corpus.trainCount} zum Üben,{' '}
            {corpus.heldOutCount} bekommt das Modell nie zu sehen – darunter unser Satz „Paris ist die Hauptstadt von
            Frankreich“. Auch die {corpus.gapCount} Sätze über die Hauptstadt von {corpus.gapCountry} halten wir zurück;
            sie brauchen wir bei den Halluzinationen in Abschnitt 9.
          </p>
          <p>
            Am Start sind die Wortvektoren klein und zufällig (Normalverteilung mit Standardabweichung{' '}
            {formatNumber(corpus.embeddingInitStd)}, wie bei GPT-2), damit das Training sie wirklich formt. Gelernt wird
            mit AdamW: Gradientenabstieg, bei dem jede Zahl ihren eigenen Schritt bekommt – die Richtung aus dem
            gleitenden Mittel ihrer Gradienten, geteilt durch deren gleitende Größe –, und die Gewichtsmatrizen werden bei
            jedem Schritt leicht zur Null gezogen (Weight Decay {formatNumber(corpus.weightDecay)}).
          </p>
          <p>
            Beim Öffnen zeigt die Folie den fertigen Lauf: {shipped.steps} AdamW-Schritte mit Lernrate{' '}
            {formatNumber(shipped.learningRate, 3)}, Loss von {formatNumber(shipped.trainLoss[0])} auf{' '}
            {formatNumber(shipped.trainLossFinal)}, Loss auf den zurückgehaltenen Sätzen {formatNumber(shipped.heldOutLoss)};
            100 % Training nach {shipped.stepsToFullTrainAccuracy ?? '–'} Schritten, zurückgehaltene Sätze{' '}
            {formatPercent(shipped.heldOutAccuracy, 0)}.
          </p>
          <p>
            „Zurücksetzen“ holt ein neu zufällig initialisiertes Modell (Seed {shipped.seed}), „Trainieren“ lässt es live lernen – im
            Hintergrund, die Folien bleiben bedienbar. Der Lernraten-Regler wirkt sofort: Bei großer Lernrate schwankt der Loss
            stark, bei kleiner sinkt er langsam. Auch worauf „von“ im Satz „Paris ist die Hauptstadt von“ achtet, ändert
            sich beim Lernen. Als Nächstes: „Was hat das Mini-GPT gelernt?“.
          </p>
        </>
      }
    >
      <SlideGrid layout="text-figure" split="wide-second" className={summary ? 'gpt-training-summary' : undefined}>
        <div className="slide-stack tiny-gpt-training">
          {shows(0) && (
            <section className="slide-stack gpt-part-corpus" aria-label="Korpus des Mini-GPT">
              <h3 className="slide-subhead">
                Korpus: {corpus.sentenceCount} Sätze aus {corpus.templates.length} Vorlagen
              </h3>
              <ul className="compact-list">
                {corpus.templates.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
              <p className="slide-text" data-testid="tiny-gpt-corpus-split">
                {corpus.trainCount} zum Üben. Die {corpus.gapCount} Sätze über die Hauptstadt von {corpus.gapCountry} fehlen
                im Training (für Abschnitt 9).
              </p>
              <p className="slide-text gpt-held-out">
                <span className="gpt-badge">zurückgehalten</span> {corpus.heldOutCount} Sätze sieht es nie, z. B.{' '}
                <strong>„{corpus.heldOutSentences[0]}“</strong>
              </p>
            </section>
          )}
          {shows(1) && (
            <section className="slide-stack gpt-part-heads" aria-label="Aufmerksamkeit von „von“ beim Lernen">
              <Heatmap
                values={view.heads.map((h) => h.weights)}
                rowLabels={view.heads.map((h) => h.short)}
                colLabels={view.probeTokens}
                caption={`Wohin schaut „${view.probeTokens[view.probeTokens.length - 1]}“? B = Block, K = Kopf; jede Zeile summiert sich zu 1`}
                role="focus"
              />
              <p className="slide-note">Nach „Zurücksetzen“ schauen die Köpfe zufällig; beim Lernen verschieben sich die Gewichte.</p>
            </section>
          )}
          <p className="slide-note gpt-part-note">
            Im Rechenbeispiel waren die Zahlen von Hand gesetzt – dieses Modell lernt seine{' '}
            {formatInteger(corpus.parameterCount)} Parameter selbst.
          </p>
        </div>
        <section className="slide-stack" aria-label="Training des Mini-GPT">
          <div className="control-row">
            <button type="button" className="deck-button gpt-primary" onClick={toggle} data-testid="tiny-gpt-train-start" aria-pressed={run.running}>
              {run.running ? 'Pause' : 'Trainieren'}
            </button>
            <button type="button" className="deck-button" onClick={reset} data-testid="tiny-gpt-train-reset">
              Zurücksetzen
            </button>
          </div>
          <ParamSlider label="Lernrate η" value={learningRate} {...TRAINING_RATE_RANGE} onChange={setLearningRate} digits={3} />
          <p className="slide-status" role="status" data-testid="tiny-gpt-train-status" data-backend={run.backend ?? 'none'}>
            {status}
          </p>
          {run.error && (
            <p className="slide-error" role="alert">
              {run.error}
            </p>
          )}
          <dl className="gpt-metrics">
            <div>
              <dt>Training richtig</dt>
              <dd className="num" data-testid="tiny-gpt-train-accuracy">
                {formatPercent(view.trainAccuracy, 0)}
              </dd>
            </div>
            <div>
              <dt>Zurückgehaltene Sätze richtig</dt>
              <dd className="num" data-testid="tiny-gpt-heldout-accuracy">
                {formatPercent(view.heldOutAccuracy, 0)}
              </dd>
            </div>
            <div>
              <dt>Loss (Training | zurückgehalten)</dt>
              <dd className="num" data-testid="tiny-gpt-loss">
                {formatNumber(view.trainLoss)} | {formatNumber(view.heldOutLoss)}
              </dd>
            </div>
          </dl>
          <LineChart
            series={[
              { label: 'Training', role: 'loss', points: view.trainLossPoints },
              { label: 'zurückgehalten', role: 'probability', points: view.heldOutLossPoints, dashed: true, dots: true },
            ]}
            caption={`Loss nach ${view.step} Schritten: Training ${formatNumber(view.trainLoss)} (durchgezogen), zurückgehalten ${formatNumber(view.heldOutLoss)} (gestrichelt, Punkte)`}
            xLabel="Schritte"
            yLabel="Loss"
            xDomain={view.stepDomain}
            yDomain={view.lossDomain}
            xTicks={[0, Math.round(view.stepDomain[1] / 2), view.stepDomain[1]]}
            yTicks={[0, view.lossDomain[1]]}
            width={620}
            height={250}
          />
          <p className="gpt-legend" aria-hidden="true">
            <span className="gpt-legend-train">━ Training</span> <span className="gpt-legend-heldout">┅ ● zurückgehalten</span>
          </p>
        </section>
      </SlideGrid>
    </LectureSlide>
  );
}
