/**
 * German number formatting, in one place: decimal comma (0,44), a real minus sign, and a visible
 * dash instead of NaN or Infinity so that nothing broken ever reaches the screen.
 */

const MINUS = '\u2212';
const NOT_A_NUMBER = '\u2014';

/**
 * Digits of the worked products on the slides of sections 5 and 6: with three, a student can
 * multiply the shown factors and get the shown result (with two, −ln 0,44 would not give 0,83).
 */
export const WORKED_DIGITS = 3;

/** 0.4412 -> "0,44"; -1.5 -> "−1,50"; NaN -> "—". */
export function formatNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const fixed = Math.abs(value).toFixed(digits);
  // -0.001 rounds to "0,00": do not show a minus in front of a zero.
  const isZero = Number(fixed) === 0;
  const sign = value < 0 && !isZero ? MINUS : '';
  return sign + fixed.replace('.', ',');
}

/** 0.4412 -> "44,1 %" */
export function formatPercent(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  return `${formatNumber(value * 100, digits)}\u00a0%`;
}

/** Whole numbers with German thousands separators: 124439808 -> "124.439.808". */
export function formatInteger(value: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.')
    .replace('-', MINUS);
}

/** A non-negative whole number in subscript digits, for matrix entries in running text: 41 -> "₄₁". */
export function subscriptDigits(value: number): string {
  if (!Number.isInteger(value) || value < 0) return NOT_A_NUMBER;
  return String(value).replace(/\d/g, (digit) => String.fromCharCode(0x2080 + Number(digit)));
}

/** The same number for KaTeX: "0{,}44" keeps TeX from adding space after the comma. */
export function texNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '\\text{—}';
  return formatNumber(value, digits).replace(',', '{,}').replace(MINUS, '-');
}

/** A large count in words, for the parameter counter: 124439808 -> "124,4 Mio.", 1.746e11 -> "174,6 Mrd.". */
export function formatMagnitude(value: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${formatNumber(value / 1e9, 1)}\u00a0Mrd.`;
  if (abs >= 1e6) return `${formatNumber(value / 1e6, 1)}\u00a0Mio.`;
  if (abs >= 1e3) return `${formatNumber(value / 1e3, 1)}\u00a0Tsd.`;
  return formatInteger(value);
}

/** A size in bytes, in the unit that reads best (decimal units: 1 GB = 10⁹ Byte, 1 TB = 10¹² Byte). */
export interface Storage {
  readonly value: number;
  readonly unit: 'Byte' | 'MB' | 'GB' | 'TB';
  /** Places after the comma, fewer as the number grows: 0,33 MB, 19,33 GB, 618,5 GB, 4,95 TB. */
  readonly digits: number;
}

const STORAGE_UNITS = [
  { unit: 'TB', bytes: 1e12 },
  { unit: 'GB', bytes: 1e9 },
  { unit: 'MB', bytes: 1e6 },
] as const;

/** 4.947.802.324.992 Byte -> 4,95 TB; from 1000 GB upward the unit is TB, from 1000 MB GB. */
export function storageOf(bytes: number): Storage {
  const abs = Math.abs(bytes);
  const scale = STORAGE_UNITS.find((u) => abs >= u.bytes) ?? (abs >= 1e5 ? STORAGE_UNITS[2] : undefined);
  if (!scale) return { value: bytes, unit: 'Byte', digits: 0 };
  const value = bytes / scale.bytes;
  const digits = Math.abs(value) >= 100 ? 1 : 2;
  return { value, unit: scale.unit, digits };
}

/** A size in bytes for running text and tables: "19,33 GB", "4,95 TB"; `digits` overrides the places. */
export function formatBytes(bytes: number, digits?: number): string {
  if (!Number.isFinite(bytes)) return NOT_A_NUMBER;
  const storage = storageOf(bytes);
  return `${formatNumber(storage.value, digits ?? storage.digits)} ${storage.unit}`;
}

/**
 * Makes whitespace visible for display: " " -> "␣", newline -> "↵", tab -> "⇥"; other control
 * characters (a terminal escape, say) and invisible format characters (the zero-width joiner inside
 * emoji, the byte order mark) -> "<U+200D>".
 */
export function showWhitespace(text: string): string {
  return text
    .replace(/ /g, '\u2423')
    .replace(/\r\n|\r|\n/g, '\u21b5')
    .replace(/\t/g, '\u21e5')
    .replace(/[\p{Cc}\u200B-\u200F\u2060\uFEFF]/gu, (c) => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
