/**
 * `npm run demo -- self-attention`: the five steps of section 4 on the worked example
 * „Paris ist die Hauptstadt von …“, then prediction, loss and ∂L/∂z. Every number comes from
 * `traceWorkedExample()`; the demo only lays them out.
 */
import { formatNumber } from '../format';
import { argmax, scale, sum } from '../math';
import { traceWorkedExample } from '../model';
import { CITIES, attentionEvidence, traceWithCity } from '../model/whatIf';
import { parseOptions } from './options';
import { dimensionLabels, heading, joinBlocks, renderMatrix, renderTable, renderVector } from './table';
import { bar, quote, renderLines, writtenDotProduct } from './text';
import type { Demo } from './types';

/** Places for parameters and projections (one- and two-decimal numbers in the example). */
const PARAM_DIGITS = 2;
/** Places for computed values (scores, weights, h, logits, probabilities, loss, gradients). */
const VALUE_DIGITS = 4;

export const selfAttentionDemo: Demo = (args) => {
  parseOptions(args, []);
  const t = traceWorkedExample();
  const dims = dimensionLabels(t.q.length);
  const tokenLabels = t.tokens.map((token, j) => (j === t.focusIndex ? `${token} (Fokus)` : token));
  const sqrtDk = Math.sqrt(t.dK);

  const weightOrder = t.weights.map((_, j) => j).sort((i, j) => t.weights[j] - t.weights[i]);
  const [first, second] = weightOrder;
  const maxWeight = t.weights[argmax(t.weights)];
  const pTarget = t.probabilities[t.targetIndex];
  const evidence = attentionEvidence();
  const cases = [
    { label: 'berechnete Attention (W_Q, W_K von Hand)', c: evidence.computed },
    { label: 'alle Gewichte 1/5', c: evidence.uniform },
    { label: `nur ${quote(t.focus)} selbst`, c: evidence.selfOnly },
  ];
  const swapped = CITIES.map((city) => traceWithCity(city));

  const text = joinBlocks([
    `Self-Attention am Rechenbeispiel ${quote(`${t.tokens.join(' ')} …`)}`,
    `Fokus-Token: ${quote(t.focus)} (Position ${t.focusIndex + 1}), richtiges nächstes Wort: ${quote(t.target)}\n` +
      `Eine Attention-Schicht, Vektoren der Länge d = ${t.dK} (GPT-3: 12.288, d_k = 128 pro Head).\n` +
      'Tokens sind Zeilenvektoren: q = e·W_Q, k = e·W_K, v = e·W_V.',

    heading('Schritt 1: Embeddings für alle Tokens'),
    renderMatrix(t.embeddings, {
      title: `Embeddings e_j (${t.embeddings.length}×${t.dK}, eine Zeile pro Token)`,
      corner: 'Token',
      rowLabels: tokenLabels,
      columns: dims,
      digits: PARAM_DIGITS,
    }),

    heading('Schritt 2: Q, K, V über die Gewichtsmatrizen W_Q, W_K, W_V'),
    ...(['W_Q', 'W_K', 'W_V'] as const).map((name) =>
      renderMatrix(t[name], {
        title: `${name} (${t.dK}×${t.dK}, Zeile = Eingabe-Dimension, Spalte = Ausgabe-Dimension)`,
        corner: 'ein \\ aus',
        rowLabels: dims,
        columns: dims,
        digits: PARAM_DIGITS,
      }),
    ),
    renderVector(t.q, {
      title: `Query des Fokus-Tokens: q_von = e_von · W_Q`,
      label: 'q_von',
      columns: dims,
      digits: PARAM_DIGITS,
    }),
    renderMatrix(t.K, {
      title: 'Keys K = E · W_K (Zeile j = k_j)',
      corner: 'Token',
      rowLabels: tokenLabels,
      columns: dims,
      digits: PARAM_DIGITS,
    }),
    renderMatrix(t.V, {
      title: 'Values V = E · W_V (Zeile j = v_j)',
      corner: 'Token',
      rowLabels: tokenLabels,
      columns: dims,
      digits: PARAM_DIGITS,
    }),

    heading('Schritt 3: Attention-Scores über das Skalarprodukt'),
    `s_j = q_von · k_j / √d_k, mit √d_k = √${t.dK} = ${formatNumber(sqrtDk, 0)} (wie auf der Folie)\n` +
      renderLines(
        t.tokens.map((token, j) => [
          `q_von · k_${token}`,
          `${writtenDotProduct(t.q, t.K[j])} = ${formatNumber(t.scores[j], VALUE_DIGITS)}`,
        ]),
      ),
    renderTable({
      title: 'Scores pro Token',
      corner: 'Token',
      rowLabels: tokenLabels,
      columns: ['q_von · k_j', 's_j = q_von · k_j / √d_k'],
      rows: t.tokens.map((_, j) => [t.scores[j], t.scaledScores[j]]),
      digits: VALUE_DIGITS,
    }),

    heading('Schritt 4: Softmax über die Scores → Attention-Gewichte'),
    'a_j = exp(s_j) / Σ_m exp(s_m)',
    renderTable({
      title: `Attention-Gewichte von ${quote(t.focus)}`,
      corner: 'Token',
      rowLabels: tokenLabels,
      columns: ['s_j', 'a_j', ''],
      rows: t.tokens.map((_, j) => [t.scaledScores[j], t.weights[j], bar(t.weights[j], maxWeight)]),
      digits: VALUE_DIGITS,
      notes: [
        `Summe der Gewichte: ${formatNumber(sum(t.weights), VALUE_DIGITS)}`,
        `${quote(t.focus)} achtet am stärksten auf ${quote(t.tokens[first])} (${formatNumber(t.weights[first])}) ` +
          `und ${quote(t.tokens[second])} (${formatNumber(t.weights[second])}).`,
      ],
    }),
    renderTable({
      title: 'Zum Vergleich: die Gewichte aller Tokens (kausal: jedes Token sieht nur sich und frühere)',
      corner: 'Query \\ Key',
      rowLabels: t.tokens,
      columns: t.tokens,
      rows: t.attentionMatrix.map((row, i) => row.map((a, j) => (j > i ? '·' : a))),
      digits: PARAM_DIGITS,
    }),

    heading(`Schritt 5: Neuer kontextualisierter Vektor für ${quote(t.focus)}`),
    'h_von = Σ_j a_j · v_j',
    renderTable({
      title: 'Beiträge a_j · v_j und ihre Summe h_von',
      corner: 'Token',
      rowLabels: [...tokenLabels, 'h_von = Σ'],
      columns: ['a_j', ...dims],
      rows: [
        ...t.tokens.map((_, j) => [t.weights[j], ...scale(t.V[j], t.weights[j])]),
        ['', ...t.h],
      ],
      digits: VALUE_DIGITS,
    }),

    heading('Danach: Vorhersage, Loss und Gradient (Abschnitte 5 und 6)'),
    `z = h · W_out + b,  p = softmax(z),  L = −ln P(${t.target}),  ∂L/∂z = p − y`,
    renderTable({
      title: 'Logits, Wahrscheinlichkeiten und Gradient',
      corner: 'Wort',
      rowLabels: t.vocabulary,
      columns: ['z_i', 'p_i', '', 'y_i', 'p_i − y_i'],
      rows: t.vocabulary.map((_, i) => [
        t.logits[i],
        t.probabilities[i],
        bar(t.probabilities[i], 1, 10),
        i === t.targetIndex ? 1 : 0,
        t.gradLogits[i],
      ]),
      digits: [VALUE_DIGITS, VALUE_DIGITS, 0, 0, VALUE_DIGITS],
    }),
    `Vorhersage (argmax): ${quote(t.vocabulary[t.prediction])}\n` +
      `P(${t.target}) = ${formatNumber(pTarget, VALUE_DIGITS)} ≈ ${formatNumber(pTarget)}\n` +
      `Loss L = −ln ${formatNumber(pTarget, VALUE_DIGITS)} = ${formatNumber(t.loss, VALUE_DIGITS)}`,

    heading('Was wäre, wenn …? Die Attention entscheidet'),
    'Diese Zahlen sind von Hand gewählt; das trainierte Mini-GPT (Abschnitt 7) lernt eigene.',
    renderTable({
      title: 'Andere Attention-Gewichte, gleiche Values',
      corner: 'Attention',
      rowLabels: cases.map((x) => x.label),
      columns: [...t.vocabulary.map((w) => `P(${w})`), 'Vorhersage'],
      rows: cases.map(({ c }) => [...c.probabilities, t.vocabulary[c.prediction]]),
      digits: VALUE_DIGITS,
    }),
    renderTable({
      title: `Andere Stadt, gleiche Gewichte: ${quote('… ist die Hauptstadt von')}`,
      corner: 'Stadt',
      rowLabels: swapped.map((x) => x.tokens[0]),
      columns: [...t.vocabulary.map((w) => `P(${w})`), 'Vorhersage'],
      rows: swapped.map((x) => [...x.probabilities, x.vocabulary[x.prediction]]),
      digits: VALUE_DIGITS,
    }),
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
    dK: t.dK,
    q: t.q,
    K: t.K,
    V: t.V,
    scores: t.scores,
    scaledScores: t.scaledScores,
    weights: t.weights,
    attentionMatrix: t.attentionMatrix,
    h: t.h,
    logits: t.logits,
    probabilities: t.probabilities,
    loss: t.loss,
    gradLogits: t.gradLogits,
    whatIf: {
      uniform: evidence.uniform.probabilities,
      selfOnly: evidence.selfOnly.probabilities,
      cities: Object.fromEntries(swapped.map((x) => [x.tokens[0], x.probabilities])),
    },
  };
  return { text, json };
};
