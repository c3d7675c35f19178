/**
 * Aligned text tables for the terminal demos.
 *
 * Numbers are written in German format (src/format.ts: decimal comma, real minus sign), right-aligned
 * and with the same number of places in every cell of a column, so the decimal commas line up.
 * Text cells are left-aligned. Tables are drawn with light Unicode box characters; every character
 * used (box lines, „ “, −, ·, √) is one terminal column wide.
 */
import { formatNumber } from '../format';
import type { Matrix, Vector } from '../math';

/** One table cell: a number (formatted with the column's places) or ready-made text. */
export type Cell = number | string;

/** Input of {@link renderTable}. */
export interface TableSpec {
  /** Line printed above the table. */
  readonly title?: string;
  /** Header of the row-label column (the top-left corner); only used with `rowLabels`. */
  readonly corner?: string;
  /** Labels of the rows, printed in a first, left-aligned column. */
  readonly rowLabels?: readonly string[];
  /** Headers of the value columns. */
  readonly columns: readonly string[];
  /** Rows of cells, `rows[i][j]` is row i, value column j. */
  readonly rows: readonly (readonly Cell[])[];
  /** Decimal places of the numbers: one for all columns or one per value column. Default 2. */
  readonly digits?: number | readonly number[];
  /** Lines printed below the table (explanations, "Summe = 1"). */
  readonly notes?: readonly string[];
}

/** Display width in terminal columns (code points; everything we print is single-width). */
export function textWidth(text: string): number {
  return Array.from(text).length;
}

function padLeft(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - textWidth(text))) + text;
}

function padRight(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}

function digitsOf(spec: TableSpec, column: number): number {
  const { digits = 2 } = spec;
  return typeof digits === 'number' ? digits : (digits[column] ?? 2);
}

/**
 * Renders a table like
 * ```
 * Embeddings e_j
 * ┌────────────┬───────┬───────┐
 * │ Token      │ Dim 1 │ Dim 2 │
 * ├────────────┼───────┼───────┤
 * │ Paris      │  0,90 │  0,60 │
 * └────────────┴───────┴───────┘
 * ```
 * Throws if a row has a different number of cells than there are columns (a programming error).
 */
export function renderTable(spec: TableSpec): string {
  const { title, corner = '', rowLabels, columns, rows, notes = [] } = spec;
  if (rowLabels && rowLabels.length !== rows.length) {
    throw new Error(`renderTable: expected ${rows.length} row labels, got ${rowLabels.length}`);
  }
  rows.forEach((row, i) => {
    if (row.length !== columns.length) {
      throw new Error(`renderTable: row ${i} has ${row.length} cells, expected ${columns.length}`);
    }
  });

  const body = rows.map((row) =>
    row.map((cell, j) => (typeof cell === 'number' ? formatNumber(cell, digitsOf(spec, j)) : cell)),
  );
  // A column holding any number is a number column: right-aligned, header included.
  const numeric = columns.map((_, j) => rows.some((row) => typeof row[j] === 'number'));
  const widths = columns.map((header, j) => Math.max(textWidth(header), ...body.map((row) => textWidth(row[j]))));

  const headerCells = columns.map((header, j) => (numeric[j] ? padLeft(header, widths[j]) : padRight(header, widths[j])));
  const bodyCells = body.map((row) => row.map((cell, j) => (numeric[j] ? padLeft(cell, widths[j]) : padRight(cell, widths[j]))));

  const allWidths = [...widths];
  let header = headerCells;
  let lines = bodyCells;
  if (rowLabels) {
    const labelWidth = Math.max(textWidth(corner), ...rowLabels.map(textWidth));
    allWidths.unshift(labelWidth);
    header = [padRight(corner, labelWidth), ...headerCells];
    lines = bodyCells.map((row, i) => [padRight(rowLabels[i], labelWidth), ...row]);
  }

  const rule = (left: string, middle: string, right: string) =>
    left + allWidths.map((w) => '─'.repeat(w + 2)).join(middle) + right;
  const line = (cells: readonly string[]) => `│ ${cells.join(' │ ')} │`;

  const out: string[] = [];
  if (title) out.push(title);
  out.push(rule('┌', '┬', '┐'), line(header), rule('├', '┼', '┤'));
  for (const row of lines) out.push(line(row));
  out.push(rule('└', '┴', '┘'));
  out.push(...notes);
  return out.join('\n');
}

/** Column labels "Dim 1" … "Dim n" for the feature axis of embeddings, queries, keys and values. */
export function dimensionLabels(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `Dim ${i + 1}`);
}

/** Input of {@link renderMatrix}. */
export interface MatrixTableSpec {
  readonly title?: string;
  readonly corner?: string;
  readonly rowLabels: readonly string[];
  readonly columns: readonly string[];
  readonly digits?: number;
  readonly notes?: readonly string[];
}

/** A matrix as a table with labelled rows and columns, all cells with the same places. */
export function renderMatrix(matrix: Matrix, spec: MatrixTableSpec): string {
  return renderTable({ ...spec, rows: matrix });
}

/** A vector as a one-row table (entries side by side, labelled by `columns`). */
export function renderVector(vector: Vector, spec: Omit<MatrixTableSpec, 'rowLabels'> & { readonly label?: string }): string {
  const { label, ...rest } = spec;
  return renderTable({ ...rest, rowLabels: label === undefined ? undefined : [label], rows: [vector] });
}

/** A section heading with a double underline of the same width. */
export function heading(text: string): string {
  return `${text}\n${'═'.repeat(textWidth(text))}`;
}

/** Joins blocks (headings, tables, paragraphs) with one empty line between them. */
export function joinBlocks(blocks: readonly string[]): string {
  return blocks.filter((block) => block.length > 0).join('\n\n');
}
