/**
 * Representative arguments for every function export of src/tex, shared by the parse test and the
 * notation test. A function export without a sample fails both, so no formula slips through.
 */
import type * as tex from '../../src/tex';

export type TexFunction = (...args: never[]) => string;
type Exports = typeof tex;
type FunctionName = { [K in keyof Exports]: Exports[K] extends TexFunction ? K : never }[keyof Exports];

/** The lecture's sizes, negative numbers, odd token names. */
export const SAMPLES: { [K in FunctionName]: readonly Parameters<Exports[K]>[] } = {
  // primitives
  texText: [['von'], ['a_b{c} 50% & $x^2#~\\']],
  texFactor: [[0.29], [-0.56, 1]],
  texCount: [[124439808], [12], [Number.NaN]],
  texRowVector: [[[0.29, -0.56, 1, 0]], [[1, 0, 0], 0]],
  texColumn: [[[0.63, 0.2, -0.15]]],
  texMatrix: [[[[1, 0], [0, -1]]], [[[0.5, 0.25]], 1]],
  namedRowVector: [['q', 'von', [0.1, -0.2, 0.3, 0.4]], ['h', '50% & $x^2#~', [1, 2], 1]],
  namedColumn: [['z', [0.63, 0.2, 0.15]]],
  namedRow: [['z', [0.63, 0.2, 0.15]]],
  transposedMatrix: [['W_O', [[1, 0, 0.5], [0, 1, 0.5]]]],
  scalarResult: [['L', 0.82], ['w_1', -2, 0]],
  // section 3
  quadraticStepNumbers: [[-2, 0.2, 1, 1], [-2, 1.5, 1, -1]],
  errorFactorNumbers: [[1, 0.2, 0.6], [1, 1, -1], [1, 1.5, -2]],
  matrixProductNumbers: [['Hauptstadt', 'W_K', [0.1, 0.3, 0.1, 0], [2, 2, 2, 0], 1, 1], ['a_b{c}', 'W_Q', [0.5, -1], [-0.2, 3], 2, -3.1]],
  chainRuleNumbers: [[1, -3, 1, -6]],
  chainRuleExample: [[-2, 1, 1]],
  gradientStepNumbers: [[-2, 0.2, -6, -0.8]],
  // section 4
  focusQueryNumbers: [['von', [0.1, 0.2, 0.3, 0.4], [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, -1]]]],
  focusProjection: [['k', 'von'], ['v', 'a_b']],
  equalsRowVector: [[[0, 0, 0, 0.9]]],
  scoreNumbers: [['Paris', [0.29, -0.56, 0.1, 0], [0.1, 0.1, -0.3, 1], 4]],
  scoreResult: [['Hauptstadt', 1.293, 2, 0.6465]],
  softmaxNumbers: [['Paris', 0.65, [0.65, -0.1, 0.2, 0, 0.3]]],
  softmaxResult: [['Paris', 1.92, 5.1, 0.38], ['x', Number.POSITIVE_INFINITY, Number.NaN, 0.5]],
  contextVectorNumbers: [['von', ['Paris', 'ist', 'die', 'Hauptstadt', 'von'], [0.38, 0.1, 0.1, 0.22, 0.2]]],
  // section 5
  crossEntropyNumbers: [[0.44]],
  gradLogitsNumbers: [[[0.44, 0.3, 0.26], [1, 0, 0]]],
  gradLogitsResult: [[[-0.56, 0.3, 0.26]]],
  oneWeightGradientNumbers: [[0.44, 1, 0.53, -0.3], [0.44, 1, -0.53, 0.3]],
  oneWeightUpdateNumbers: [[0.6, 0.5, -0.28]],
  gradContextNumbers: [[[-0.56, 0.34, 0.22], [[1.2, 0, 0, 0], [0, 1.2, 0, 0], [0, 0, 1.2, 0]]]],
  gradContextResult: [[[-0.68, 0.41, 0.26, 0]]],
  // section 6
  decoderProjectionNumbers: [[[[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, -0.5]], [0.5, 0.2, 0.1, 0.3], [0, 0.1, -0.1]]],
  softmaxTemperatureNumbers: [['Frankreich', 0.63, [0.63, 0.2, 0.15], 0.5]],
  probabilityResult: [['Frankreich', 0.44]],
  argmaxNumbers: [[[0.44, 0.3, 0.26], 'Frankreich']],
  predictedWord: [['Frankreich'], ['a_b{c}']],
  logitRowNumbers: [['Frankreich', [1, -0.5, 0, 0.2], [0.5, 0.2, -0.1, 0.3], -0.1, 0.49]],
  // section 7
  geluNumbers: [[-1, 0.1587], [2.5, 0.9938]],
  geluResult: [[-1, -0.1587]],
  reluNumbers: [[-1, 0], [1.5, 1.5]],
  multiHeadNumbers: [[[[0.1, 0.2, 0.3, 0.4], [0.5, -0.6, 0.7, 0.8], [0, 0, 1, 0]]]],
  multiHeadResult: [['von', [0.1, 0.2, 0.3, 0.4], 12]],
  blockParamsNumbers: [[768]],
  blockParamsResult: [[7087872]],
  modelParamsNumbers: [[12, 7087872, 768, 50257, 1024]],
  modelParamsResult: [[124439808, '124,4\u00a0Mio.']],
  // sections 8 and 9
  titansRecallNumbers: [[[0.1, -0.2, 0.3, 0.4], [0, 1, 0, 0]]],
  titansRecallResult: [[0.42]],
  ropeRotationNumbers: [[1.5, [1, 0]]],
  ropeRotationResult: [[[0.07, 0.997], 85.9]],
  ropeScoreNumbers: [[2, 5, -0.123]],
  kvCacheNumbers: [[96, 12288, 4096]],
  kvCacheResult: [[{ value: 19.327352832, unit: 'GB', digits: 2 }], [{ value: 4.947802324992, unit: 'TB', digits: 2 }]],
};
