import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeDeckQuery } from '../../src/shell/deepLink';

const SLIDES = 13;

describe('normalizeDeckQuery', () => {
  it('clamps the step to the slide\'s declared steps when the manifest is given', () => {
    const steps = [0, 3, 1];
    expect(normalizeDeckQuery('?slideIndex=1&stepIndex=7', 3, (i) => steps[i])).toBe('?slideIndex=1&stepIndex=3');
    expect(normalizeDeckQuery('?slideIndex=2&stepIndex=1', 3, (i) => steps[i])).toBe('?slideIndex=2&stepIndex=1');
    expect(normalizeDeckQuery('?slideIndex=0&stepIndex=-4', 3, (i) => steps[i])).toBe('?slideIndex=0&stepIndex=0');
  });

  it('keeps a valid link as it is', () => {
    expect(normalizeDeckQuery('?slideIndex=4&stepIndex=2', SLIDES)).toBe('?slideIndex=4&stepIndex=2');
    expect(normalizeDeckQuery('?presenterMode=true&slideIndex=1&stepIndex=0', SLIDES)).toBe(
      '?presenterMode=true&slideIndex=1&stepIndex=0',
    );
  });

  it('keeps the reader\'s view=slides or view=read, and drops any other view', () => {
    expect(normalizeDeckQuery('?view=slides&slideIndex=2&stepIndex=0', SLIDES)).toBe('?view=slides&slideIndex=2&stepIndex=0');
    expect(normalizeDeckQuery('?view=read', SLIDES)).toBe('?view=read');
    expect(normalizeDeckQuery('?view=%3Cb%3E&slideIndex=1', SLIDES)).toBe('?slideIndex=1&stepIndex=0');
  });

  it('lands an out-of-range slide on the nearest valid one', () => {
    expect(normalizeDeckQuery('?slideIndex=999&stepIndex=3', SLIDES)).toBe('?slideIndex=12&stepIndex=0');
    expect(normalizeDeckQuery('?slideIndex=-3', SLIDES)).toBe('?slideIndex=0&stepIndex=0');
    expect(normalizeDeckQuery('?slideIndex=1e9', SLIDES)).toBe('?slideIndex=12&stepIndex=0');
  });

  it('turns words, NaN and script into the first slide', () => {
    expect(normalizeDeckQuery('?slideIndex=abc&stepIndex=xyz', SLIDES)).toBe('?slideIndex=0&stepIndex=0');
    expect(normalizeDeckQuery('?slideIndex=NaN', SLIDES)).toBe('?slideIndex=0&stepIndex=0');
    expect(normalizeDeckQuery('?slideIndex=%3Cscript%3Ealert(1)%3C/script%3E', SLIDES)).toBe('?slideIndex=0&stepIndex=0');
  });

  it('drops unknown parameters and mode flags that are not "true"', () => {
    expect(normalizeDeckQuery('?foo=bar&presenterMode=1', SLIDES)).toBe('');
    expect(normalizeDeckQuery('', SLIDES)).toBe('');
  });

  it('always yields integer indices in range for 500 random and hostile links (property)', () => {
    const hostile = fc.constantFrom(
      '-1',
      '1e308',
      '-1e308',
      'NaN',
      'Infinity',
      '0x10',
      '3.7',
      '',
      ' ',
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      '../../etc/passwd',
      '%00',
      '１２',
      '9'.repeat(400),
    );
    const part = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.integer().map(String), fc.double().map(String), hostile);
    fc.assert(
      fc.property(part, part, (slide, step) => {
        const query = `?slideIndex=${encodeURIComponent(slide)}&stepIndex=${encodeURIComponent(step)}`;
        const params = new URLSearchParams(normalizeDeckQuery(query, SLIDES));
        const slideIndex = Number(params.get('slideIndex'));
        const stepIndex = Number(params.get('stepIndex'));
        expect(Number.isInteger(slideIndex) && slideIndex >= 0 && slideIndex < SLIDES).toBe(true);
        expect(Number.isInteger(stepIndex) && stepIndex >= 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const once = normalizeDeckQuery(search, SLIDES);
        expect(normalizeDeckQuery(once, SLIDES)).toBe(once);
      }),
    );
  });
});
