import { useMemo } from 'react';
import { ParamSlider } from '../src/components/ParamSlider';
import { WorkedFormula } from '../src/components/WorkedFormula';
import { LectureSlide } from '../src/shell/LectureSlide';
import { formatInteger, formatNumber } from '../src/format';
import { PARAMS_BLOCK, blockParamsNumbers, blockParamsResult } from '../src/tex';
import { parameterBreakdown } from '../src/model/parameterCount';
import './ArchitectureBlockParamsSlide.css';
import { SIZE_RANGES, useModelSize } from './architectureModel';
import { WithSubscripts } from '../src/components/WithSubscripts';
import { SlideGrid } from '../src/components/SlideGrid';

export function ArchitectureBlockParamsSlide() {
  const [size, setSize] = useModelSize();
  const b = useMemo(() => parameterBreakdown(size), [size]);
  const d = b.dModel;
  const rows = [
    { part: 'Attention (4 Matrizen + Biases)', formula: '4·d² + 4·d', value: b.attention },
    { part: 'MLP (d → 4d → d)', formula: '2·d·4d + 4d + d', value: b.mlp },
    { part: '2 × LayerNorm (γ, β)', formula: '2·2·d', value: b.layerNorms },
  ];
  const divides = Number.isInteger(b.dHead);
  return (
    <LectureSlide
      notes={
        <p>
          Jetzt zählen wir. Die Attention hat vier Matrizen der Größe d mal d, W_Q, W_K, W_V und W_O, dazu vier
          Bias-Vektoren. Das MLP geht auf die vierfache Breite und zurück, also zweimal d mal 4d plus Biases, und jede
          der beiden LayerNorms hat einen Skalierungs- und einen Verschiebungsvektor. Zusammen sind das 12 d² plus 13 d.
          Wichtig: Die Zahl der Köpfe kommt nicht vor, denn die Köpfe teilen d nur auf; bewegen Sie den Regler,
          die Summe bleibt gleich. Als Nächstes stapeln wir die Blöcke: „Wie viele Parameter hat ein Modell?“.
        </p>
      }
    >
      <div className="arch-block-formula">
        <WorkedFormula formula={PARAMS_BLOCK} numbers={blockParamsNumbers(d)} result={blockParamsResult(b.block)} />
      </div>
      <SlideGrid layout="text-figure" split="wide-first" className="arch-block">
        <table className="arch-param-table">
          <caption className="visually-hidden">Parameter eines Blocks bei d = {formatInteger(d)}</caption>
          <thead>
            <tr>
              <th scope="col">Teil</th>
              <th scope="col">Formel</th>
              <th scope="col" className="num">
                Anzahl
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.formula}>
                <th scope="row">{row.part}</th>
                <td>{row.formula}</td>
                <td className="num">{formatInteger(row.value)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Block</th>
              <td>12·d² + 13·d</td>
              <td className="num" data-testid="block-params">
                {formatInteger(b.block)}
              </td>
            </tr>
          </tfoot>
        </table>
        <div>
          <ParamSlider {...SIZE_RANGES.dModel} value={size.dModel} onChange={(v) => setSize({ ...size, dModel: v })} format={formatInteger} />
          <ParamSlider {...SIZE_RANGES.heads} value={size.heads} onChange={(v) => setSize({ ...size, heads: v })} format={formatInteger} />
          <p className="slide-note" data-testid="head-width">
            Breite pro Kopf: {formatInteger(d)} / {formatInteger(size.heads)} = {formatNumber(b.dHead, divides ? 0 : 2)}
            {divides ? '' : <WithSubscripts text=" (kein Teiler: echte Modelle wählen n_head so, dass d / n_head ganz ist)" />}
          </p>
          <p className="slide-note arch-heads-note">
            Köpfe ändern die Summe nicht: sie teilen d nur auf, W<sub>Q</sub>, W<sub>K</sub>, W<sub>V</sub>, W<sub>O</sub>{' '}
            bleiben d × d.
          </p>
        </div>
      </SlideGrid>
    </LectureSlide>
  );
}
