// @vitest-environment node
/** Every parameter tensor's gradient of the tiny GPT, checked against central finite differences. */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/math';
import {
  initParams,
  listParams,
  lossAndGradients,
  packSequences,
  replaceParams,
  type TinyGptConfig,
} from '../../../src/model/tinyGpt/model';
import { expectAllClose } from '../../helpers/finiteDifference';

const config: TinyGptConfig = {
  vocabularySize: 7,
  contextLength: 5,
  dModel: 4,
  nHeads: 2,
  nLayers: 2,
  dFF: 6,
  layerNormEpsilon: 1e-5,
  activation: 'gelu-tanh',
  tiedEmbeddings: false,
};

// Random values everywhere (γ ≠ 1, β ≠ 0, biases ≠ 0), so that no term of the gradient hides behind a 1 or a 0.
const rng = createRng(3);
const base = initParams(config, 11);
const params = replaceParams(
  base,
  listParams(base).map((p) => Float64Array.from(p.tensor.data, () => 0.7 * rng.normal())),
);
const batch = packSequences([[1, 4, 2, 6, 0], [3, 3, 5]]);
const targets = [4, 2, 6, 0, 1, 3, 5, 2];

describe('tiny GPT gradients', () => {
  const analytic = listParams(lossAndGradients(params, batch, targets).gradients);
  const tensors = listParams(params);

  it('covers every tensor: embeddings, every block weight and bias, LayerNorm γ and β, output', () => {
    expect(tensors.map((t) => t.name)).toContain('layers.1.ln2Gamma');
    expect(tensors).toHaveLength(2 + 2 * 16 + 4);
  });

  for (const [k, { name }] of tensors.entries()) {
    it(`∂L/∂${name} matches finite differences`, () => {
      const data = tensors.map((t) => t.tensor.data.slice());
      const h = 1e-6;
      const numeric = Array.from(data[k], (value, i) => {
        data[k][i] = value + h;
        const plus = lossAndGradients(replaceParams(params, data), batch, targets).loss;
        data[k][i] = value - h;
        const minus = lossAndGradients(replaceParams(params, data), batch, targets).loss;
        data[k][i] = value;
        return (plus - minus) / (2 * h);
      });
      expectAllClose(Array.from(analytic[k].tensor.data), numeric, 1e-7, 1e-5);
    });
  }
});
