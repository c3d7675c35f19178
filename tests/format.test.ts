import { describe, expect, it } from 'vitest';
import { WORKED_DIGITS, formatBytes, formatInteger, formatNumber, formatPercent, showWhitespace, subscriptDigits, texNumber } from '../src/format';
import { traceWorkedExample } from '../src/model';

describe('German number formatting', () => {
  it('uses the decimal comma', () => {
    expect(formatNumber(0.4412)).toBe('0,44');
    expect(formatNumber(0.8209, 3)).toBe('0,821');
  });
  it('writes a real minus sign, but never in front of a rounded zero', () => {
    expect(formatNumber(-1.5)).toBe('\u22121,50');
    expect(formatNumber(-0.001)).toBe('0,00');
  });
  it('shows a dash instead of NaN or Infinity', () => {
    expect(formatNumber(Number.NaN)).toBe('\u2014');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('\u2014');
    expect(formatPercent(Number.NaN)).toBe('\u2014');
  });
  it('formats percentages and thousands', () => {
    expect(formatPercent(0.4412)).toBe('44,1\u00a0%');
    expect(formatInteger(124439808)).toBe('124.439.808');
  });
  it('keeps TeX from spacing the comma', () => {
    expect(texNumber(0.44)).toBe('0{,}44');
    expect(texNumber(-0.5, 1)).toBe('-0{,}5');
  });
});

describe('showWhitespace', () => {
  it('makes spaces, newlines, tabs and invisible characters visible', () => {
    expect(showWhitespace(' Hau')).toBe('␣Hau');
    expect(showWhitespace('a\nb\tc')).toBe('a↵b⇥c');
    expect(showWhitespace('\u200D\u001b')).toBe('<U+200D><U+001B>');
  });
});

describe('subscriptDigits', () => {
  it('writes matrix-entry indices as subscripts, (W_Q)₄₁', () => {
    expect(subscriptDigits(41)).toBe('\u2084\u2081');
    expect(subscriptDigits(0)).toBe('\u2080');
    expect(subscriptDigits(1234567890)).toBe('₁₂₃₄₅₆₇₈₉₀');
  });
  it('shows a dash for what is not a whole non-negative number', () => {
    expect(subscriptDigits(-1)).toBe('\u2014');
    expect(subscriptDigits(1.5)).toBe('\u2014');
    expect(subscriptDigits(Number.NaN)).toBe('\u2014');
  });
});

describe('worked products are shown with enough digits to reproduce them', () => {
  const trace = traceWorkedExample();
  /** A shown number, read back as the student reads it. */
  const shown = (value: number): number => Number(formatNumber(value, WORKED_DIGITS).replace('\u2212', '-').replace(',', '.'));
  const halfUnit = 0.5 * 10 ** -WORKED_DIGITS;

  it('−ln of the shown P(Frankreich) rounds to the shown loss (two digits would give 0,82 against 0,83)', () => {
    const p = trace.probabilities[trace.targetIndex];
    expect(formatNumber(-Math.log(shown(p)), WORKED_DIGITS)).toBe(formatNumber(trace.loss, WORKED_DIGITS));
    expect(formatNumber(-Math.log(Number(p.toFixed(2))), 2)).not.toBe(formatNumber(trace.loss, 2));
  });

  it('shown ∂L/∂z times the shown W_out entries gives the shown ∂L/∂h, entry by entry', () => {
    trace.grads.h.forEach((gradH, m) => {
      const fromShown = trace.gradLogits.reduce((sum, g, i) => sum + shown(g) * trace.W_out[i][m], 0);
      expect(Math.abs(fromShown - shown(gradH))).toBeLessThanOrEqual(3 * halfUnit);
    });
  });

  it('shown h times W_out plus b gives the shown logits', () => {
    trace.logits.forEach((z, i) => {
      const fromShown = trace.h.reduce((sum, hm, m) => sum + shown(hm) * trace.W_out[i][m], trace.b[i]);
      expect(Math.abs(fromShown - shown(z))).toBeLessThanOrEqual(3 * halfUnit);
    });
  });
});

describe('formatBytes', () => {
  it('switches to TB from 1000 GB upward and to GB from 1000 MB (decimal units), hand values', () => {
    expect(formatBytes(327_680)).toBe('0,33 MB');
    expect(formatBytes(4_718_592)).toBe('4,72 MB');
    expect(formatBytes(19_327_352_832)).toBe('19,33 GB');
    expect(formatBytes(618_475_290_624)).toBe('618,5 GB');
    expect(formatBytes(999_000_000_000)).toBe('999,0 GB');
    expect(formatBytes(1e12)).toBe('1,00 TB');
    expect(formatBytes(4_947_802_324_992)).toBe('4,95 TB');
    expect(formatBytes(4_947_802_324_992, 1)).toBe('4,9 TB');
    expect(formatBytes(512)).toBe('512 Byte');
    expect(formatBytes(Number.NaN)).toBe('\u2014');
  });
});
