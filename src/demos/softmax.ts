/**
 * `npm run demo -- softmax [--temperature T]`: the decoder prediction of section 6 on the worked
 * example, z = h W_out + b, p = softmax(z / T), argmax, and how T sharpens or flattens p.
 * Logits and probabilities come from `traceWorkedExample()`; only the exponentials e^{z/T} of the
 * "numbers put in" line are evaluated here.
 */
import { formatNumber } from '../format';
import { DEFAULT_PARAMS, DEFAULT_TEMPERATURE, traceWorkedExample } from '../model';
import { parseOptions, type NumberOption } from './options';
import { dimensionLabels, heading, joinBlocks, renderTable, renderVector } from './table';
import { bar, formatSetting, quote, renderLines, writtenDotProduct } from './text';
import type { Demo } from './types';

export const SOFTMAX_OPTIONS: readonly NumberOption[] = [
  {
    name: 'temperature',
    metavar: 'T',
    help: `Temperatur T > 0 der Ausgabe-Softmax (Standard ${DEFAULT_TEMPERATURE})`,
    min: 0,
    exclusiveMin: true,
  },
];

/** Temperatures of the comparison table; the chosen T is added if it is not among them. */
const COMPARISON_TEMPERATURES: readonly number[] = [0.5, 1, 2];

const DIGITS = 4;
/** Up to |z/T| ≤ 20 the plain e^{z/T} stays readable; beyond that the table shows e^{(z − max z)/T}. */
const PLAIN_EXP_LIMIT = 20;

export const softmaxDemo: Demo = (args) => {
  const options = parseOptions(args, SOFTMAX_OPTIONS);
  const temperature = options.temperature ?? DEFAULT_TEMPERATURE;
  const t = traceWorkedExample(DEFAULT_PARAMS, { temperature });
  const T = formatSetting(temperature);
  const dims = dimensionLabels(t.h.length);
  const predicted = t.vocabulary[t.prediction];

  // Exponentials for the "formula with numbers" table, shifted by max z when the plain ones would overflow.
  const tempered = t.logits.map((z) => z / temperature);
  const plain = tempered.every((u) => Math.abs(u) <= PLAIN_EXP_LIMIT);
  const maxTempered = Math.max(...tempered);
  const exps = tempered.map((u) => Math.exp(plain ? u : u - maxTempered));
  const expHeader = plain ? 'e^(z_i/T)' : 'e^((z_i − z_max)/T)';
  const expSum = exps.reduce((a, b) => a + b, 0);

  const temperatures = COMPARISON_TEMPERATURES.includes(temperature)
    ? COMPARISON_TEMPERATURES
    : [...COMPARISON_TEMPERATURES, temperature].sort((a, b) => a - b);
  const comparison = temperatures.map((value) => ({
    temperature: value,
    probabilities: traceWorkedExample(DEFAULT_PARAMS, { temperature: value }).probabilities,
  }));

  const text = joinBlocks([
    `Softmax: Wie entscheidet das Modell? (Abschnitt 6)`,
    `Vokabular: {${t.vocabulary.join(', ')}}, richtiges Wort: ${quote(t.target)}, Temperatur T = ${T}`,

    heading('Schritt 1: Kontextvektor h aus der Attention'),
    renderVector(t.h, { title: `h_von (aus der Self-Attention, siehe Demo self-attention)`, label: 'h', columns: dims, digits: DIGITS }),

    heading('Schritt 2: Lineare Projektion z = h · W_out + b'),
    renderTable({
      title: 'W_out (d × 3: eine Spalte pro Wort, hier als Zeile gedruckt) und b',
      corner: 'Wort',
      rowLabels: t.vocabulary,
      columns: [...dims, 'b'],
      rows: t.vocabulary.map((_, i) => [...t.W_out[i], t.b[i]]),
      digits: 2,
    }),
    renderLines(
      t.vocabulary.map((word, i) => [
        `z_${word}`,
        `${writtenDotProduct(t.W_out[i], t.h, 2, DIGITS)} + ${formatNumber(t.b[i])} = ${formatNumber(t.logits[i], DIGITS)}`,
      ]),
    ),

    heading(`Schritt 3: Softmax p_i = e^(z_i/T) / Σ_j e^(z_j/T)   (T = ${T})`),
    renderTable({
      title: `Wahrscheinlichkeiten bei T = ${T}`,
      corner: 'Wort',
      rowLabels: t.vocabulary,
      columns: ['z_i', 'z_i / T', expHeader, 'p_i', ''],
      rows: t.vocabulary.map((_, i) => [t.logits[i], tempered[i], exps[i], t.probabilities[i], bar(t.probabilities[i], 1)]),
      digits: DIGITS,
      notes: [
        `Σ_j ${expHeader.replace('_i', '_j')} = ${formatNumber(expSum, DIGITS)}` +
          (plain ? '' : '  (um z_max verschoben, damit nichts überläuft; p bleibt gleich)'),
      ],
    }),

    heading('Schritt 4: Auswahl des wahrscheinlichsten Tokens (Argmax)'),
    `Vorhersage: ${quote(predicted)} mit P = ${formatNumber(t.probabilities[t.prediction], DIGITS)}\n` +
      `P(${t.target}) = ${formatNumber(t.probabilities[t.targetIndex], DIGITS)} ≈ ${formatNumber(t.probabilities[t.targetIndex])}`,

    heading('Temperatur im Vergleich'),
    renderTable({
      title: 'p_i = softmax(z / T)_i',
      corner: 'Wort',
      rowLabels: t.vocabulary,
      columns: comparison.map((c) => `T = ${formatSetting(c.temperature)}`),
      rows: t.vocabulary.map((_, i) => comparison.map((c) => c.probabilities[i])),
      digits: DIGITS,
      notes: [
        'Kleines T schärft die Verteilung (T → 0: alles auf das Argmax),',
        'großes T glättet sie (T → ∞: alle Wörter gleich wahrscheinlich). Das Argmax bleibt dasselbe.',
      ],
    }),
  ]);

  const json = {
    vocabulary: t.vocabulary,
    W_out: t.W_out,
    b: t.b,
    h: t.h,
    logits: t.logits,
    temperature,
    probabilities: t.probabilities,
    prediction: predicted,
    predictionIndex: t.prediction,
    comparison,
  };
  return { text, json };
};
