/**
 * Every TeX string of the deck (String.raw keeps backslashes readable). Import from 'src/tex'.
 * primitives.ts: numbers, text, vectors, matrices, "name = value" lines. One file of named formulas
 * per lecture section: foundations.ts (3), attention.ts (4), learning.ts (5), decoder.ts (6),
 * architecture.ts (7), outlook.ts (8 and 9). Formulas with numbers put in are functions of numbers
 * computed in src/model; tests/tex/parse.test.ts parses every export with KaTeX.
 */
export * from './primitives';
export * from './foundations';
export * from './attention';
export * from './learning';
export * from './decoder';
export * from './architecture';
export * from './outlook';
