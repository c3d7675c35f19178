import { useMemo } from 'react';
import { ParamSlider } from '../src/components/ParamSlider';
import { WorkedFormula } from '../src/components/WorkedFormula';
import { LectureSlide } from '../src/shell/LectureSlide';
import { formatInteger, formatMagnitude, formatPercent } from '../src/format';
import { PARAMS_MODEL, modelParamsNumbers, modelParamsResult } from '../src/tex';
import { MODEL_PRESETS, countParameters, parameterBreakdown } from '../src/model/parameterCount';
import './ArchitectureModelParamsSlide.css';
import { SIZE_RANGES, activePreset, presetLabel, useModelSize, type ModelSize } from './architectureModel';
import { SlideGrid } from '../src/components/SlideGrid';

const SLIDERS: readonly (keyof ModelSize)[] = ['dModel', 'layers', 'vocabSize', 'contextLength', 'heads'];
/** The presets' totals, for the speaker notes. */
const presetTotals = MODEL_PRESETS.map((p) => countParameters(p.shape));
/** Where the presets' parameters sit, for the speaker notes. */
const presetShares = MODEL_PRESETS.map((p) => parameterBreakdown(p.shape));
const GPT3 = MODEL_PRESETS[2];
const GPT2 = MODEL_PRESETS[0].shape;
/** A share as a percentage: whole percent, one place below 1 % (GPT-3's embedding is 0,4 %, not „0 %“). */
const sharePercent = (share: number) => formatPercent(share, share < 0.01 ? 1 : 0);

export function ArchitectureModelParamsSlide() {
  const [size, setSize] = useModelSize();
  const b = useMemo(() => parameterBreakdown(size), [size]);
  const preset = activePreset(size);
  return (
    <LectureSlide
      notes={
        <>
          <p>
            Das ganze Modell besteht aus n_Block Blöcken, dazu die Token-Embeddings, n_vocab mal d, die gelernten
            Positionen, n_ctx mal d, und eine letzte LayerNorm. Die Ausgabeschicht teilt sich die Gewichte mit dem
            Embedding, deshalb zählt sie nicht extra. Für GPT-2 small ergibt das genau {formatInteger(presetTotals[0])}{' '}
            Parameter, für GPT-2 medium rund {formatMagnitude(presetTotals[1])} Parameter. GPT-3 mit{' '}
            {GPT3.shape.layers} Blöcken und d = {formatInteger(GPT3.shape.dModel)} landet bei{' '}
            {formatMagnitude(presetTotals[2])}. Das Paper nennt gerundet 175 Milliarden (Kontextlänge{' '}
            {formatInteger(GPT3.shape.contextLength)}); nicht jedes Detail ist veröffentlicht.
          </p>
          <p>
            Wo stecken die Parameter? Bei GPT-3 stecken {formatPercent(presetShares[2].blockShare, 1)} in den
            Blöcken, fast alles davon in den 12 d². Bei GPT-2 small sind es erst {formatPercent(presetShares[0].blockShare, 0)}; das Token-Embedding
            allein macht dort {formatPercent(presetShares[0].tokenEmbeddingShare, 0)} aus, denn n_vocab · d ist neben n_Block · 12 d²
            nicht klein; geteilt durch d steht {formatInteger(GPT2.vocabSize)} gegen 12 · {GPT2.layers} · {formatInteger(GPT2.dModel)} ={' '}
            {formatInteger(12 * GPT2.layers * GPT2.dModel)}. Bei GPT-3 steht {formatInteger(GPT3.shape.vocabSize)} gegen 12 ·{' '}
            {GPT3.shape.layers} · {formatInteger(GPT3.shape.dModel)}, rund {formatMagnitude(12 * GPT3.shape.layers * GPT3.shape.dModel)}, deshalb dort nur{' '}
            {sharePercent(presetShares[2].tokenEmbeddingShare)}.
          </p>
          <p>
            Seit GPT-2 und GPT-3 haben neuere Modelle einiges geändert: RMSNorm statt LayerNorm (ohne Mittelwert und ohne
            β), SwiGLU statt GeLU im MLP, RoPE statt gelernter Positionen (Abschnitt 8), Grouped-Query Attention (mehrere Query-Köpfe
            teilen sich Keys und Values; das spart beim Generieren Speicher, siehe Abschnitt 9) und meist keine Biases
            mehr. Gezählt wird genauso, nur die Formel ändert sich: SwiGLU hat drei Matrizen statt zwei, Grouped-Query
            Attention verkleinert W_K und W_V, ohne Biases fallen die Bias-Vektoren weg, und viele Modelle teilen Ein- und
            Ausgabegewichte nicht mehr. Als Nächstes: „Alles zusammen: ein Mini-GPT lernt“.
          </p>
        </>
      }
    >
      <div className="arch-model-formula">
        <WorkedFormula
          formula={PARAMS_MODEL}
          numbers={modelParamsNumbers(size.layers, b.block, size.dModel, size.vocabSize, size.contextLength)}
          result={modelParamsResult(b.total, formatMagnitude(b.total))}
        />
      </div>
      <SlideGrid layout="text-figure" split="fit-first" className="arch-model">
        <div>
          <div className="arch-presets" role="group" aria-label="Voreinstellungen">
            {MODEL_PRESETS.map((p) => (
              <button
                key={p.name}
                type="button"
                className="deck-button"
                aria-pressed={preset === p}
                onClick={() => setSize(p.shape)}
              >
                {presetLabel(p)}
              </button>
            ))}
          </div>
          {SLIDERS.map((key) => (
            <ParamSlider
              key={key}
              {...SIZE_RANGES[key]}
              value={size[key]}
              onChange={(v) => setSize({ ...size, [key]: v })}
              format={formatInteger}
            />
          ))}
        </div>
        <div>
          <p className="arch-total">
            <span className="num" data-testid="model-params">
              {formatInteger(b.total)}
            </span>{' '}
            Parameter
          </p>
          <p className="slide-note" data-testid="preset-note">
            {preset
              ? `${presetLabel(preset)}: veröffentlicht ${preset.published}.`
              : 'Eigene Größe: oben ein echtes Modell wählen zum Vergleich.'}
          </p>
          <p className="slide-note" data-testid="param-shares">
            Blöcke {sharePercent(b.blockShare)} · Token-Embedding {sharePercent(b.tokenEmbeddingShare)}
          </p>
          <p className="slide-note">
            Ausgabeschicht = Embedding (geteilte Gewichte), zählt nicht extra. Köpfe ändern die Zahl nicht.
          </p>
        </div>
      </SlideGrid>
    </LectureSlide>
  );
}
