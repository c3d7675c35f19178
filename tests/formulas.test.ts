import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { ALL_FORMULAS } from '../src/formulas';
import * as formulas from '../src/formulas';

describe('src/formulas.ts', () => {
  it.each(Object.entries(ALL_FORMULAS))('%s parses with KaTeX (throwOnError)', (_name, tex) => {
    expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
  });

  it('lists every exported constant formula in ALL_FORMULAS', () => {
    const constants = Object.entries(formulas).filter(([, value]) => typeof value === 'string');
    for (const [name] of constants) expect(ALL_FORMULAS).toHaveProperty(name);
  });
});
