/**
 * Every export of src/tex parses with KaTeX (throwOnError). The list is derived from the exports:
 * string constants are parsed as they are, functions are called with the sample arguments of ./samples.ts.
 * A function export without a sample fails the test, so no new formula slips through unparsed.
 */
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import * as tex from '../../src/tex';
import { SAMPLES, type TexFunction } from './samples';

function parses(source: string): void {
  expect(() => katex.renderToString(source, { throwOnError: true })).not.toThrow();
}

const entries = Object.entries(tex) as [string, unknown][];
const constants = entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string');
const functions = entries.filter((entry): entry is [string, TexFunction] => typeof entry[1] === 'function');
const samples = SAMPLES as unknown as Record<string, readonly (readonly unknown[])[] | undefined>;

describe('every export of src/tex parses with KaTeX (throwOnError)', () => {
  it('exports only strings and functions, and some of each', () => {
    expect(constants.length + functions.length).toBe(entries.length);
    expect(constants.length).toBeGreaterThan(0);
    expect(functions.length).toBeGreaterThan(0);
  });

  it.each(constants)('%s', (_name, source) => parses(source));

  it.each(functions)('%s(sample arguments)', (name, fn) => {
    const cases = samples[name];
    expect(cases, `no sample arguments for ${name} in tests/tex/parse.test.ts`).toBeDefined();
    expect(cases?.length).toBeGreaterThan(0);
    for (const args of cases ?? []) {
      const source = (fn as (...a: readonly unknown[]) => string)(...args);
      expect(source).not.toMatch(/NaN|Infinity|undefined/);
      parses(source);
    }
  });

  it('has no sample for a function that is not exported', () => {
    const exported = new Set(functions.map(([name]) => name));
    expect(Object.keys(SAMPLES).filter((name) => !exported.has(name))).toEqual([]);
  });
});
