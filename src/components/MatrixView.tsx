import type { Matrix } from '../math';
import { cssVar, type Role } from '../theme/palette';
import { formatNumber } from '../format';

type MatrixViewProps = {
  /** Rows of numbers; a vector is a matrix with one row. */
  values: Matrix;
  /** Shown above the table and read by screen readers, e.g. "Embeddings E (5 × 4)". */
  caption: string;
  rowLabels?: readonly string[];
  colLabels?: readonly string[];
  digits?: number;
  /** Colour of the numbers by role (query, key, value, ...). */
  role?: Role;
  /** A row to emphasise (bold and marked with a bar, never by colour alone). */
  highlightRow?: number;
  /** Hide the caption visually (it stays for screen readers). */
  hideCaption?: boolean;
  compact?: boolean;
};

/** A matrix or vector as a table with tabular, right-aligned German numbers. */
export function MatrixView({
  values,
  caption,
  rowLabels,
  colLabels,
  digits = 2,
  role,
  highlightRow,
  hideCaption = false,
  compact = false,
}: MatrixViewProps) {
  return (
    <table className={`matrix${compact ? ' matrix-compact' : ''}`} style={role ? { color: cssVar(role) } : undefined}>
      <caption className={hideCaption ? 'visually-hidden' : 'matrix-caption'}>{caption}</caption>
      {colLabels && (
        <thead>
          <tr>
            {rowLabels && <td />}
            {colLabels.map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {values.map((row, i) => (
          <tr key={rowLabels?.[i] ?? i} className={i === highlightRow ? 'matrix-row-highlight' : undefined}>
            {rowLabels && <th scope="row">{rowLabels[i]}</th>}
            {row.map((value, j) => (
              <td key={j} className="num">
                {formatNumber(value, digits)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
