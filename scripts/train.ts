/**
 * `npm run train`: trains the tiny GPT with the default seed and settings and writes the weights
 * the deck ships, src/model/tinyGpt/trainedWeights.json. Deterministic: running it again gives
 * the same file.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatNumber, formatPercent } from '../src/format';
import { fromWeights } from '../src/model/tinyGpt/model';
import { HELD_OUT_SET, TINY_GPT_CONFIG, TRAIN_SET, evaluateSet } from '../src/model/tinyGpt/trainer';
import { trainShippedModel } from '../src/model/tinyGpt/shipped';

const target = fileURLToPath(new URL('../src/model/tinyGpt/trainedWeights.json', import.meta.url));
const start = performance.now();
const model = trainShippedModel();
const seconds = (performance.now() - start) / 1000;
const text = `${JSON.stringify(model)}\n`;
writeFileSync(target, text);
const params = fromWeights(TINY_GPT_CONFIG, model.weights);
const train = evaluateSet(params, TRAIN_SET);
const heldOut = evaluateSet(params, HELD_OUT_SET);
console.log(
  [
    `${model.steps} Schritte in ${formatNumber(seconds, 2)} s (Seed ${model.seed}, η = ${String(model.learningRate).replace('.', ',')})`,
    `Trainings-Loss ${formatNumber(train.loss, 4)}, Trainings-Genauigkeit ${formatPercent(train.accuracy)}`,
    `zurückgehaltene Sätze: Loss ${formatNumber(heldOut.loss, 4)}, Genauigkeit ${formatPercent(heldOut.accuracy)}`,
    `geschrieben: ${target} (${formatNumber(text.length / 1024, 0)} kB)`,
  ].join('\n'),
);
