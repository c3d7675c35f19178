/** Public API of the pure math core. Import from 'src/math', not from the individual files. */
export * from './types';
export * from './linalg';
export * from './softmax';
export * from './crossEntropy';
export * from './attention';
export * from './gelu';
export * from './random';
export * from './gradientDescent';
export * from './lossCurves';
export * from './quadraticLandscape';
export * from './dense';
export * from './adamw';
export * from './pca';
