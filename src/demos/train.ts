/**
 * `npm run demo -- train [--steps N] [--seed S] [--learning-rate η]`: trains the tiny GPT of
 * section 7 on the capital corpus, as the slide „Ein Modell lernt" does, and prints the loss, the
 * answer accuracy and every held-out sentence. With the defaults it reproduces the shipped weights.
 */
import { formatInteger, formatNumber, formatPercent } from '../format';
import {
  DEFAULT_LEARNING_RATE,
  DEFAULT_SEED,
  DEFAULT_TRAINING_STEPS,
  DEFAULT_WEIGHT_DECAY,
  GAP_FACT,
  GAP_SENTENCES,
  HELD_OUT_SENTENCES,
  SENTENCES,
  TEMPLATES,
  TRAIN_SENTENCES,
  VOCABULARY,
  createTrainer,
  parameterCount,
  trainContract,
  trainingReport,
} from '../model/tinyGpt';
import { parseOptions, type NumberOption } from './options';
import { heading, joinBlocks, renderTable } from './table';
import { formatSetting, quote } from './text';
import type { Demo } from './types';

export const TRAIN_OPTIONS: readonly NumberOption[] = [
  { name: 'steps', metavar: 'N', help: `Zahl der Trainingsschritte (Standard ${DEFAULT_TRAINING_STEPS})`, integer: true, min: 1, max: 2000 },
  { name: 'seed', metavar: 'S', help: `Seed der Startgewichte (Standard ${DEFAULT_SEED})`, integer: true, min: 0, max: 4294967295 },
  { name: 'learning-rate', metavar: 'η', help: `Lernrate η > 0 von AdamW (Standard ${formatSetting(DEFAULT_LEARNING_RATE)})`, min: 0, exclusiveMin: true, max: 1 },
];

/** Steps shown in the loss table: 1, every tenth, the last. */
function shownSteps(steps: number): number[] {
  const every = steps <= 100 ? 10 : Math.ceil(steps / 10 / 10) * 10;
  const shown = [1];
  for (let s = every; s < steps; s += every) shown.push(s);
  if (steps > 1) shown.push(steps);
  return shown;
}

export const trainDemo: Demo = (args) => {
  const options = parseOptions(args, TRAIN_OPTIONS);
  const steps = options.steps ?? DEFAULT_TRAINING_STEPS;
  const seed = options.seed ?? DEFAULT_SEED;
  const learningRate = options['learning-rate'] ?? DEFAULT_LEARNING_RATE;

  const trainer = createTrainer({ seed, learningRate });
  const start = performance.now();
  trainer.step(steps);
  const seconds = (performance.now() - start) / 1000;
  const params = trainer.params();
  const snapshot = trainer.snapshot();
  const accuracy = trainer.trainAccuracyHistory;
  const report = trainingReport(params, { seed, learningRate, trainLoss: snapshot.trainLossHistory, trainAccuracy: accuracy });
  const c = params.config;
  const correct = report.heldOut.filter((a) => a.correct).length;

  const text = joinBlocks([
    'Ein Modell lernt: ein kleines GPT auf Hauptstadt-Sätzen (Abschnitt 7)',
    [
      `Korpus: ${SENTENCES.length} Sätze in ${TEMPLATES.length} Vorlagen, ${TRAIN_SENTENCES.length} zum Training, ` +
        `${HELD_OUT_SENTENCES.length} zurückgehalten, dazu ${GAP_SENTENCES.length} über die Hauptstadt von ${GAP_FACT.country} (Wissenslücke); ` +
        `Vokabular ${VOCABULARY.length} Wörter`,
      `Modell: d_model = ${c.dModel}, ${c.nHeads} Köpfe, ${c.nLayers} Blöcke, d_ff = ${c.dFF}, ` +
        `Kontext ${c.contextLength} Wörter, ${formatInteger(parameterCount(params))} Parameter`,
      `Training: ${formatInteger(steps)} Schritte AdamW auf allen Trainingssätzen, η = ${formatSetting(learningRate)}, ` +
        `Seed ${seed}, Dauer ${formatNumber(seconds, 2)} s`,
    ].join('\n'),

    heading('Loss und Genauigkeit'),
    renderTable({
      title: 'Loss über alle Positionen (Teacher Forcing), Genauigkeit auf dem Antwortwort',
      corner: 'Schritt',
      rowLabels: shownSteps(steps).map((s) => formatInteger(s)),
      columns: ['Loss', 'Trainings-Genauigkeit'],
      rows: shownSteps(steps).map((s) => [report.trainLoss[s - 1], formatPercent(accuracy[s - 1])]),
      digits: 4,
      notes: [
        `nach dem Training: Loss ${formatNumber(report.trainLossFinal, 4)}, Trainings-Genauigkeit ${formatPercent(report.trainAccuracy)}`,
        report.stepsToFullTrainAccuracy === null
          ? '100 % Trainings-Genauigkeit nicht erreicht'
          : `100 % Trainings-Genauigkeit ab Schritt ${formatInteger(report.stepsToFullTrainAccuracy)}`,
      ],
    }),

    heading('Zurückgehaltene Sätze (nie trainiert)'),
    renderTable({
      corner: 'Satzanfang',
      rowLabels: report.heldOut.map((a) => a.prompt),
      columns: ['Ziel', 'Vorhersage', 'P(Ziel)', ''],
      rows: report.heldOut.map((a) => [a.target, a.predicted, a.pTarget, a.correct ? '✓' : '✗']),
      digits: 4,
      notes: [
        `Genauigkeit auf den zurückgehaltenen Sätzen: ${formatPercent(report.heldOutAccuracy)} (${correct} von ${report.heldOut.length}), ` +
          `Loss ${formatNumber(report.heldOutLoss, 4)}`,
        `${quote('Paris ist die Hauptstadt von Frankreich.')} ist zurückgehalten: Paris und Frankreich kommen nur in den anderen Vorlagen vor.`,
      ],
    }),
  ]);

  return { text, json: trainContract(trainer, { learningRate, weightDecay: DEFAULT_WEIGHT_DECAY, steps }, report) };
};
