import type { Matrix, Vector } from '../math';
import { formatNumber } from '../format';
import './WeightedSumTable.css';

type WeightedSumTableProps = {
  /** Screen-reader and visible caption. */
  caption: string;
  /** One label per row (token). */
  rowLabels: readonly string[];
  /** The weight a_j of each row. */
  weights: Vector;
  /** The vector v_j of each row. */
  vectors: Matrix;
  /** The products a_j · v_j, one row per token. */
  products: Matrix;
  /** Σ_j a_j v_j. */
  total: Vector;
  /** Column headings: weight, vector, product, total (plain text). */
  headings: { weight: string; vector: string; product: string; total: string };
  highlightRow?: number;
  digits?: number;
};

/**
 * A weighted sum written out as a table: each row shows a_j, v_j and a_j · v_j, the last row the
 * sum. Values are passed in; the table only lays them out.
 */
export function WeightedSumTable({
  caption,
  rowLabels,
  weights,
  vectors,
  products,
  total,
  headings,
  highlightRow,
  digits = 2,
}: WeightedSumTableProps) {
  const width = total.length;
  return (
    <table className="weighted-sum">
      <caption className="matrix-caption">{caption}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col" className="weighted-sum-weight">
            {headings.weight}
          </th>
          <th scope="colgroup" colSpan={width} className="weighted-sum-vector">
            {headings.vector}
          </th>
          <th scope="colgroup" colSpan={width} className="weighted-sum-product">
            {headings.product}
          </th>
        </tr>
      </thead>
      <tbody>
        {rowLabels.map((label, j) => (
          <tr key={label} className={j === highlightRow ? 'matrix-row-highlight' : undefined}>
            <th scope="row">{label}</th>
            <td className="num weighted-sum-weight">{formatNumber(weights[j], digits)}</td>
            {vectors[j].map((x, i) => (
              <td key={`v${i}`} className={i === 0 ? 'num weighted-sum-vector group-start' : 'num weighted-sum-vector'}>
                {formatNumber(x, digits)}
              </td>
            ))}
            {products[j].map((x, i) => (
              <td key={`p${i}`} className={i === 0 ? 'num weighted-sum-product group-start' : 'num weighted-sum-product'}>
                {formatNumber(x, digits)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="weighted-sum-total">
          <th scope="row" colSpan={2 + width}>
            {headings.total}
          </th>
          {total.map((x, i) => (
            <td key={i} className={i === 0 ? 'num group-start' : 'num'}>
              {formatNumber(x, digits)}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
