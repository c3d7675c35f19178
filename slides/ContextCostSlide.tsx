import { useMemo } from 'react';
import { LineChart } from '../src/components/LineChart';
import { ParamSlider } from '../src/components/ParamSlider';
import { Tex } from '../src/components/Tex';
import { WorkedFormula } from '../src/components/WorkedFormula';
import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import { useSliderState } from '../src/shell/useSharedState';
import { formatBytes, formatInteger, formatNumber, formatPercent, storageOf } from '../src/format';
import { FLOPS_PER_TOKEN, KV_CACHE, kvCacheNumbers, kvCacheResult } from '../src/tex';
import { LLAMA3_70B, contextCostView, gqaKvCacheBytesPerToken, tokensForExponent } from '../src/model/contextCost';
import { SlideGrid } from '../src/components/SlideGrid';
import './ContextCostSlide.css';

/** The slider moves the exponent: n = 2^x tokens, from 2^10 = 1.024 to 2^20 = 1.048.576. */
export const CONTEXT_EXPONENT = { min: 10, max: 20, step: 0.5, initial: 12 } as const;

const MAX_TOKENS = 2 ** CONTEXT_EXPONENT.max;

/** One token's KV cache in Llama 3 70B, which shares keys and values between query heads (GQA). */
const GQA_BYTES_PER_TOKEN = gqaKvCacheBytesPerToken(LLAMA3_70B.shape);

export function ContextCostSlide() {
  const [exponent, setExponent] = useSliderState('contextCost.exponent', CONTEXT_EXPONENT);
  const { model, n, cost, examples, crossover, kvPerToken, denseCurve, attentionCurve, yMaxTeraflops } = useMemo(
    () => contextCostView(exponent, MAX_TOKENS),
    [exponent],
  );
  const { layers, dModel } = model.shape;
  const largest = examples[examples.length - 1];

  return (
    <LectureSlide
      notes={
        <>
          <p>
            Was kostet ein langer Kontext? Wir rechnen mit GPT-3: {layers} Blöcke, d = {formatInteger(dModel)}. Beim
            Generieren hält jeder Block die Keys und Values aller bisherigen Tokens fest, damit sie nicht neu berechnet
            werden müssen: der KV-Cache. In fp16 sind das 2 · {layers} · {formatInteger(dModel)} · 2 Byte, rund{' '}
            {formatBytes(kvPerToken, 1)} pro Token. Bei {formatInteger(largest.tokens)} Tokens, rund einer Million, wären
            das rund {formatBytes(largest.cost.kvCacheBytes, 1)}, mehr als jede einzelne Grafikkarte fasst. GPT-3 selbst
            hatte nur {formatInteger(model.shape.contextLength)} Tokens Kontext. Heutige Modelle verkleinern den KV-Cache
            mit Grouped-Query Attention; {LLAMA3_70B.label} braucht so rund {formatBytes(GQA_BYTES_PER_TOKEN)} pro
            Token.
          </p>
          <p>
            Die Rechenarbeit zählen wir in FLOPs, Gleitkommaoperationen; eine Multiplikation mit anschließender
            Addition sind zwei. Für das nächste Token hat sie zwei Teile. Die dichten Schichten kosten zwei FLOPs pro
            Gewicht, bei 12 d² Gewichten je Block also 24 · n_Block · d², unabhängig von der Kontextlänge. Die Attention
            vergleicht das neue Token mit allen n bisherigen und mischt deren Values; das kostet 4 · n_Block · n · d und
            wächst also mit n. Erst ab n = 6d, bei GPT-3 {formatInteger(crossover)} Tokens,
            überwiegt die Attention; über einen ganzen Text von n Tokens wächst ihre Arbeit mit n². Die n × n-Matrix der
            Scores speichern heutige Implementierungen dagegen nie ganz: FlashAttention rechnet sie blockweise und
            verwirft sie gleich wieder. Begrenzt wird der Kontext also durch die Trainingslänge, den KV-Cache und die
            quadratische Rechenarbeit. Als Nächstes: „Halluzination: flüssig, sicher – und falsch“.
          </p>
        </>
      }
    >
      <SlideGrid layout="text-figure" split="wide-first" className="ol-cost">
        <section className="slide-stack tex-left" aria-label="Kontextlänge">
          <ParamSlider
            label="Kontextlänge n"
            value={exponent}
            min={CONTEXT_EXPONENT.min}
            max={CONTEXT_EXPONENT.max}
            step={CONTEXT_EXPONENT.step}
            onChange={setExponent}
            format={(x) => `${formatInteger(tokensForExponent(x))} Tokens`}
          />
          <WorkedFormula
            formula={KV_CACHE}
            numbers={kvCacheNumbers(layers, dModel, n)}
            result={kvCacheResult(storageOf(cost.kvCacheBytes))}
            label="KV-Cache für die gewählte Kontextlänge"
          />
          <Tex math={FLOPS_PER_TOKEN} />
          <p className="slide-note">
            GPT-3 ({layers} Blöcke, d = {formatInteger(dModel)}), fp16 (2 Byte), 1 GB = 10⁹ Byte, 1 TB = 10¹² Byte. Attention überwiegt erst
            ab n = 6d = {formatInteger(crossover)}.
          </p>
        </section>
        <section className="slide-stack" aria-label="Kurven und Tabelle">
          <p className="slide-status" data-testid="cost-now">
            <span className="ol-marker-dot" aria-hidden="true">●</span> n = <strong className="num">{formatInteger(n)}</strong>:
            Attention <strong className="num ol-key-number">{formatPercent(cost.attentionShare, 0)}</strong> der Rechenarbeit
          </p>
          <LineChart
            caption={`Billionen FLOPs für das nächste Token über der Kontextlänge bis ${formatInteger(MAX_TOKENS)} Tokens: dichte Schichten gleichbleibend ${formatNumber(cost.denseFlops / 1e12)}, Attention wächst mit n und überholt sie bei ${formatInteger(crossover)} Tokens; gewählt: ${formatInteger(n)} Tokens.`}
            xLabel="Kontextlänge n (Tausend Tokens)"
            yLabel="10¹² FLOPs"
            xDomain={[0, MAX_TOKENS / 1000]}
            yDomain={[0, yMaxTeraflops]}
            xTicks={[0, 250, 500, 750, 1000]}
            yTicks={Array.from({ length: yMaxTeraflops + 1 }, (_, i) => i)}
            width={480}
            height={250}
            series={[
              { label: 'Attention', role: 'loss', points: attentionCurve },
              { label: 'dichte Schichten', role: 'accent', points: denseCurve, dashed: true },
            ]}
            markers={[{ x: n / 1000, y: cost.attentionFlops / 1e12, label: '', role: 'target' }]}
          />
          <p className="slide-note">
            <span className="text-loss">── Attention</span> · <span className="ol-dense">- - dichte Schichten</span>
          </p>
          <Reveal at={1}>
            <table className="ol-cost-table" data-testid="cost-table">
              <caption className="matrix-caption">GPT-3, fp16</caption>
              <thead>
                <tr>
                  <th scope="col">Kontext</th>
                  <th scope="col">n</th>
                  <th scope="col">KV-Cache</th>
                  <th scope="col">Attention-Anteil</th>
                </tr>
              </thead>
              <tbody>
                {examples.map((example) => (
                  <tr key={example.label}>
                    <th scope="row">{example.label}</th>
                    <td className="num">{formatInteger(example.tokens)}</td>
                    <td className="num">{formatBytes(example.cost.kvCacheBytes)}</td>
                    <td className="num">{formatPercent(example.cost.attentionShare, 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Reveal>
        </section>
      </SlideGrid>
    </LectureSlide>
  );
}
