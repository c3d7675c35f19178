/**
 * `npm run demo -- cross-entropy`: the loss of section 5 on the worked example,
 * L = −ln P(Frankreich), its gradient ∂L/∂z = p − y, and a table of −ln p showing that a
 * confident mistake costs much more than an unsure one. The worked example's numbers come from
 * `traceWorkedExample()`; the −ln p table is a plot of the function itself.
 */
import { formatNumber } from '../format';
import { traceWorkedExample } from '../model';
import { parseOptions } from './options';
import { heading, joinBlocks, renderTable } from './table';
import { bar, quote } from './text';
import type { Demo } from './types';

/** Probabilities of the correct word for the "how expensive is a mistake" table. */
export const LOSS_TABLE_PROBABILITIES: readonly number[] = [0.9, 0.5, 0.44, 0.1, 0.01];

const DIGITS = 4;

export const crossEntropyDemo: Demo = (args) => {
  parseOptions(args, []);
  const t = traceWorkedExample();
  const pTarget = t.probabilities[t.targetIndex];
  const onehot = t.vocabulary.map((_, i) => (i === t.targetIndex ? 1 : 0));
  const table = LOSS_TABLE_PROBABILITIES.map((p) => ({ p, loss: -Math.log(p) }));
  const maxLoss = Math.max(...table.map((row) => row.loss));
  const cheapest = table[0];
  const dearest = table[table.length - 1];

  const text = joinBlocks([
    'Cross-Entropy: Wie falsch liegt das Modell? (Abschnitt 5)',
    `Kontext: ${quote(`${t.tokens.join(' ')} …`)}, richtiges nächstes Wort: ${quote(t.target)}`,

    heading('Schritt 1: Logits und Softmax'),
    renderTable({
      title: 'Vorhersage des Modells; y ist das One-Hot-Ziel',
      corner: 'Wort',
      rowLabels: t.vocabulary,
      columns: ['z_i', 'p_i', 'y_i'],
      rows: t.vocabulary.map((_, i) => [t.logits[i], t.probabilities[i], onehot[i]]),
      digits: [DIGITS, DIGITS, 0],
    }),

    heading('Schritt 2: Loss L = −Σ_i y_i · ln p_i = −ln P(Frankreich)'),
    `Nur das richtige Wort zählt (y = 1 nur bei ${quote(t.target)}):\n` +
      `  L = −ln P(${t.target}) = −ln ${formatNumber(pTarget, DIGITS)} = ${formatNumber(t.loss, DIGITS)}\n` +
      `  (P(${t.target}) ≈ ${formatNumber(pTarget)}; ein perfektes Modell hätte p = 1 und L = 0)`,

    heading('Schritt 3: Gradient ∂L/∂z = p − y'),
    renderTable({
      title: 'Gradient nach den Logits z (z ist kein Parameter: Backpropagation gibt ∂L/∂z an W_out und b weiter)',
      corner: 'Wort',
      rowLabels: t.vocabulary,
      columns: ['p_i', 'y_i', '∂L/∂z_i = p_i − y_i'],
      rows: t.vocabulary.map((_, i) => [t.probabilities[i], onehot[i], t.gradLogits[i]]),
      digits: [DIGITS, 0, DIGITS],
      notes: [
        'z = h · W_out + b wird berechnet, nicht gelernt; gelernt werden W_out und b mit',
        '∂L/∂W_out = hᵀ · (∂L/∂z) und ∂L/∂b = ∂L/∂z, der Schritt ist W_out − η · ∂L/∂W_out und b − η · ∂L/∂b.',
        `Negativ beim Ziel ${quote(t.target)}: dieser Schritt hebt dessen Logit an,`,
        'positiv bei den anderen Wörtern: deren Logits sinken. Die Einträge summieren sich zu 0.',
      ],
    }),

    heading('Wie teuer ist ein Fehler? L = −ln p'),
    renderTable({
      title: 'Loss für verschiedene Wahrscheinlichkeiten p des richtigen Wortes',
      columns: ['p(richtig)', 'L = −ln p', ''],
      rows: table.map((row) => [row.p, row.loss, bar(row.loss, maxLoss)]),
      digits: [2, DIGITS],
      notes: [
        `Ein selbstsicherer Fehler (p = ${formatNumber(dearest.p)}) kostet ${formatNumber(dearest.loss / cheapest.loss, 0)}-mal ` +
          `so viel wie eine gute Vorhersage (p = ${formatNumber(cheapest.p)}).`,
        `Rechenbeispiel: p = ${formatNumber(pTarget, DIGITS)} → L = ${formatNumber(t.loss, DIGITS)}.`,
      ],
    }),
  ]);

  const json = {
    vocabulary: t.vocabulary,
    target: t.target,
    targetIndex: t.targetIndex,
    logits: t.logits,
    probabilities: t.probabilities,
    y: onehot,
    loss: t.loss,
    gradLogits: t.gradLogits,
    table,
  };
  return { text, json };
};
