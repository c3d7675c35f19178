import type { Matrix } from '../math';
import { cssVar, type Role } from '../theme/palette';
import { formatNumber } from '../format';

type HeatmapProps = {
  values: Matrix;
  rowLabels: readonly string[];
  colLabels: readonly string[];
  caption: string;
  /** true where an entry is masked (e.g. a future token under the causal mask). */
  mask?: readonly (readonly boolean[])[];
  role?: Role;
  digits?: number;
  highlightRow?: number;
};

/**
 * A matrix of weights in [0, 1] as a table whose cells are shaded by value. Every cell also prints
 * its number, and masked cells are hatched and labelled, so colour never carries meaning alone.
 */
export function Heatmap({ values, rowLabels, colLabels, caption, mask, role = 'accent', digits = 2, highlightRow }: HeatmapProps) {
  return (
    <table className="heatmap">
      <caption className="chart-caption">{caption}</caption>
      <thead>
        <tr>
          <td />
          {colLabels.map((label) => (
            <th key={label} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {values.map((row, i) => (
          <tr key={rowLabels[i]} className={i === highlightRow ? 'matrix-row-highlight' : undefined}>
            <th scope="row">{rowLabels[i]}</th>
            {row.map((value, j) => {
              if (mask?.[i]?.[j]) {
                return (
                  <td key={j} className="heatmap-masked" aria-label="maskiert">
                    –
                  </td>
                );
              }
              const level = Number.isFinite(value) ? Math.round(Math.min(Math.max(value, 0), 1) * 85) : 0;
              return (
                <td
                  key={j}
                  className="num heatmap-cell"
                  style={{
                    backgroundColor: `color-mix(in srgb, ${cssVar(role)} ${level}%, transparent)`,
                    // Strongly shaded cells take the background colour as text: above 65 % that contrasts better in both palettes.
                    color: level > 65 ? cssVar('bg') : undefined,
                  }}
                >
                  {formatNumber(value, digits)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
