import { describe, expect, it } from 'vitest';
import { formatInteger, formatNumber, formatPercent, showWhitespace, texNumber } from '../src/format';

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
