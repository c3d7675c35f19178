/**
 * `npm run demo -- gradient-descent [--steps N] [--learning-rate η]`: training the worked example
 * with W_neu = W_alt − η · ∇L (sections 3 and 5). Shows the gradients of one backward pass, the
 * loss and P(Frankreich) per step, and W_out and b after the last step. All numbers come from
 * `traceWorkedExample()` and `trainWorkedExample()`.
 */
import { formatInteger, formatNumber } from '../format';
import { DEFAULT_LEARNING_RATE, DEFAULT_PARAMS, trainWorkedExample, traceWorkedExample, type TrainingPoint } from '../model';
import { parseOptions, type NumberOption } from './options';
import { dimensionLabels, heading, joinBlocks, renderMatrix, renderTable, type Cell } from './table';
import { bar, formatSetting, quote } from './text';
import type { Demo } from './types';

export const DEFAULT_STEPS = 10;
export const MAX_STEPS = 10000;
/** Beyond this the toy model's numbers overflow after a few steps; the CLI refuses it up front. */
export const MAX_LEARNING_RATE = 1000;

export const GRADIENT_DESCENT_OPTIONS: readonly NumberOption[] = [
  {
    name: 'steps',
    metavar: 'N',
    help: `Anzahl der Schritte, ganze Zahl von 1 bis ${formatInteger(MAX_STEPS)} (Standard ${DEFAULT_STEPS})`,
    integer: true,
    min: 1,
    max: MAX_STEPS,
  },
  {
    name: 'learning-rate',
    metavar: 'η',
    help: `Lernrate η > 0, höchstens ${formatInteger(MAX_LEARNING_RATE)} (Standard ${formatSetting(DEFAULT_LEARNING_RATE)})`,
    min: 0,
    exclusiveMin: true,
    max: MAX_LEARNING_RATE,
  },
];

const DIGITS = 4;
/** Up to this many steps every step gets a line; beyond, the table shows a readable selection. */
const ALL_ROWS_UP_TO = 20;

/**
 * The steps shown in the text table: all of them, or steps 0–5, then 10, 20, 50, 100, 200, 500 …
 * (a 1-2-5 series, so a long run still fits on one screen) and the last step.
 */
function shownSteps(count: number): number[] {
  const last = count - 1;
  if (count <= ALL_ROWS_UP_TO + 1) return Array.from({ length: count }, (_, i) => i);
  const shown = [0, 1, 2, 3, 4, 5];
  for (let decade = 10; decade < last; decade *= 10) {
    for (const factor of [1, 2, 5]) if (factor * decade < last) shown.push(factor * decade);
  }
  shown.push(last);
  return shown;
}

function trainingRows(points: readonly TrainingPoint[]): Cell[][] {
  return shownSteps(points.length).map((step) => {
    const point = points[step];
    return [point.step, point.loss, point.pTarget, bar(point.pTarget, 1)];
  });
}

export const gradientDescentDemo: Demo = (args) => {
  const options = parseOptions(args, GRADIENT_DESCENT_OPTIONS);
  const steps = options.steps ?? DEFAULT_STEPS;
  const learningRate = options['learning-rate'] ?? DEFAULT_LEARNING_RATE;
  const t = traceWorkedExample(DEFAULT_PARAMS, { learningRate });
  const points = trainWorkedExample(DEFAULT_PARAMS, { steps, learningRate });
  const first = points[0];
  const last = points[points.length - 1];
  const dims = dimensionLabels(t.h.length);
  const eta = formatSetting(learningRate);
  const shortened = points.length > ALL_ROWS_UP_TO + 1;

  const text = joinBlocks([
    'Gradient Descent: W_neu = W_alt − η · ∇L (Abschnitte 3 und 5)',
    `Rechenbeispiel ${quote(`${t.tokens.join(' ')} …`)} → ${quote(t.target)}\n` +
      `Lernrate η = ${eta}, Schritte: ${formatInteger(steps)}\n` +
      'Gelernt werden W_Q, W_K, W_V, W_out und b; die Embeddings bleiben fest.',

    heading('1. Gradienten am Startpunkt (ein Rückwärtsdurchlauf)'),
    renderTable({
      title: 'Fehlersignal an den Logits: ∂L/∂z = p − y',
      corner: 'Wort',
      rowLabels: t.vocabulary,
      columns: ['p_i', 'y_i', '∂L/∂z_i'],
      rows: t.vocabulary.map((_, i) => [t.probabilities[i], i === t.targetIndex ? 1 : 0, t.gradLogits[i]]),
      digits: [DIGITS, 0, DIGITS],
    }),
    renderTable({
      title: 'Kettenregel: ∂L/∂W_out = hᵀ · (∂L/∂z) (eine Spalte pro Wort, hier als Zeile: Dim 1–4) und ∂L/∂b = ∂L/∂z (Spalte b)',
      corner: 'Wort',
      rowLabels: t.vocabulary,
      columns: [...dims, 'b'],
      rows: t.vocabulary.map((_, i) => [...t.grads.W_out[i], t.grads.b[i]]),
      digits: DIGITS,
      notes: [
        `Ein Schritt: W_out ← W_out − ${eta} · ∂L/∂W_out, b ← b − ${eta} · ∂L/∂b;`,
        'die Gradienten für W_Q, W_K, W_V (über h zurück durch die Attention) stehen in --json unter „grads“.',
      ],
    }),

    heading('2. Training: Loss und P(Frankreich) pro Schritt'),
    renderTable({
      title: `Zustand vor Schritt 1 (Schritt 0) und nach jedem Schritt`,
      columns: ['Schritt', 'Loss L', `P(${t.target})`, ''],
      rows: trainingRows(points),
      digits: [0, DIGITS, DIGITS],
      notes: shortened ? ['Auswahl der Schritte; alle Schritte mit --json.'] : [],
    }),
    `Loss: ${formatNumber(first.loss, DIGITS)} → ${formatNumber(last.loss, DIGITS)}, ` +
      `P(${t.target}): ${formatNumber(first.pTarget, DIGITS)} → ${formatNumber(last.pTarget, DIGITS)}`,

    heading(`3. Gewichte nach ${formatInteger(steps)} ${steps === 1 ? 'Schritt' : 'Schritten'}`),
    renderMatrix(
      t.vocabulary.map((_, i) => [...first.params.W_out[i], first.params.b[i]]),
      { title: 'Vorher: W_out und b', corner: 'Wort', rowLabels: t.vocabulary, columns: [...dims, 'b'], digits: DIGITS },
    ),
    renderMatrix(
      t.vocabulary.map((_, i) => [...last.params.W_out[i], last.params.b[i]]),
      { title: 'Nachher: W_out und b', corner: 'Wort', rowLabels: t.vocabulary, columns: [...dims, 'b'], digits: DIGITS },
    ),
    `Jeder Schritt schiebt die Zeile von ${quote(t.target)} um η · (1 − p_${t.target}) · h in Richtung h\n` +
      `und jede andere Zeile i um η · p_i · h von h weg: so steigt z_${t.target} gegenüber den anderen Logits.`,
  ]);

  const json = {
    tokens: t.tokens,
    focus: t.focus,
    target: t.target,
    vocabulary: t.vocabulary,
    embeddings: t.embeddings,
    W_Q: t.W_Q,
    W_K: t.W_K,
    W_V: t.W_V,
    W_out: t.W_out,
    b: t.b,
    learningRate,
    steps: points.map((point) => ({
      step: point.step,
      loss: point.loss,
      pTarget: point.pTarget,
      params: {
        W_Q: point.params.W_Q,
        W_K: point.params.W_K,
        W_V: point.params.W_V,
        W_out: point.params.W_out,
        b: point.params.b,
      },
    })),
    gradLogits: t.gradLogits,
    grads: t.grads,
  };
  return { text, json };
};
