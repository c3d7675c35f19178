// The benchmark's figures and their table: "Messgröße | Wert | Ziel | Ergebnis", German numbers.
import { formatNumber } from '../../src/format';

/** A goal: an absolute limit, or a factor of the same figure measured on the reveal.js reference. */
export type Goal = {
  limit: number;
  better: 'lower' | 'higher';
  /** Set for goals relative to the reference: the limit is `factor ×` the reference's value. */
  factor?: number;
};

export type Figure = {
  name: string;
  /** NaN when the figure could not be measured; `note` then says why. */
  value: number;
  unit: string;
  goal?: Goal;
  /** The reference's value of the same figure, for the ratio shown next to the value. */
  reference?: number;
  note?: string;
};

const DIGITS: Record<string, number> = { ms: 1, kB: 1, MB: 1, s: 2, '×': 2 };

/** 12.34 ms -> "12,3 ms"; NaN -> "n/a". */
export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  const digits = DIGITS[unit] ?? 0;
  return unit === '×' ? `${formatNumber(value, digits)}×` : `${formatNumber(value, digits)}${unit ? ` ${unit}` : ''}`;
}

/** "0,85× reveal.js" */
export function formatRatio(value: number, reference: number): string {
  return `${formatNumber(value / reference, 2)}× reveal.js`;
}

/** A figure whose goal is a factor of the reference's value (NaN when the reference is missing). */
export function relativeGoal(factor: number, reference: number): Goal {
  return { limit: factor * reference, better: 'lower', factor };
}

export function isMet(figure: Figure): boolean | undefined {
  if (!figure.goal || !Number.isFinite(figure.value) || !Number.isFinite(figure.goal.limit)) return undefined;
  const { limit, better } = figure.goal;
  return better === 'lower' ? figure.value <= limit : figure.value >= limit;
}

/** "erreicht", or by how much the goal is missed, in the figure's unit and in per cent of the goal. */
export function verdict(figure: Figure): string {
  const met = isMet(figure);
  if (met === undefined || !figure.goal) return '';
  if (met) return 'erreicht';
  const { limit, better, factor } = figure.goal;
  const by = better === 'lower' ? figure.value - limit : limit - figure.value;
  const percent = limit === 0 ? '' : ` (${formatNumber((by / Math.abs(limit)) * 100, 0)} %)`;
  const ratio = factor !== undefined && figure.reference ? `, ${formatRatio(figure.value, figure.reference)} statt ${formatNumber(factor, 1)}×` : '';
  return `verfehlt um ${formatValue(by, figure.unit)}${percent}${ratio}`;
}

function goalText(figure: Figure): string {
  const goal = figure.goal;
  if (!goal) return '';
  const sign = goal.better === 'lower' ? '≤' : '≥';
  if (goal.factor !== undefined) {
    const absolute = Number.isFinite(goal.limit) ? ` (${formatValue(goal.limit, figure.unit)})` : '';
    return `${sign} ${formatNumber(goal.factor, 1)}× reveal.js${absolute}`;
  }
  return `${sign} ${formatValue(goal.limit, figure.unit)}`;
}

function valueText(figure: Figure): string {
  const value = formatValue(figure.value, figure.unit);
  if (figure.reference === undefined || !Number.isFinite(figure.value) || !Number.isFinite(figure.reference) || figure.reference === 0) return value;
  return `${value} (${formatRatio(figure.value, figure.reference)})`;
}

export function tableRows(figures: readonly Figure[]): string[][] {
  return figures.map((f) => {
    const result = verdict(f);
    return [f.name, valueText(f), goalText(f), result + (f.note ? `${result ? '; ' : ''}${f.note}` : '')];
  });
}

/** Prints a Markdown table, columns padded so that it also reads well in a terminal. */
export function printTable(figures: readonly Figure[]): void {
  const rows = tableRows(figures);
  const header = ['Messgröße', 'Wert', 'Ziel', 'Ergebnis'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}
