import { useMemo } from 'react';
import { LineChart } from '../src/components/LineChart';
import { ParamSlider } from '../src/components/ParamSlider';
import { WorkedFormula } from '../src/components/WorkedFormula';
import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import { useSliderState } from '../src/shell/useSharedState';
import { formatInteger, formatMagnitude, formatNumber } from '../src/format';
import { ATTENTION_COST, attentionCostNumbers, attentionCostResult } from '../src/tex';
import { contextCostView, tokensForExponent } from '../src/model/contextCost';
import { SlideGrid } from '../src/components/SlideGrid';
import './ContextCostSlide.css';

/** The slider moves the exponent: n = 2^x tokens, from 2^10 = 1.024 to 2^20 = 1.048.576. */
export const CONTEXT_EXPONENT = { min: 10, max: 20, step: 0.5, initial: 12 } as const;

const MAX_TOKENS = 2 ** CONTEXT_EXPONENT.max;

/** GB with as many places as a small number needs: 0,034 GB, 34,36 GB, 2.199 GB. */
export function formatGigabytes(gb: number): string {
  if (gb >= 1000) return formatInteger(gb);
  if (gb >= 1) return formatNumber(gb, 2);
  return formatNumber(gb, 3);
}

function gigabyteDigits(gb: number): number {
  return gb >= 1000 ? 0 : gb >= 1 ? 2 : 3;
}

export function ContextCostSlide() {
  const [exponent, setExponent] = useSliderState('contextCost.exponent', CONTEXT_EXPONENT);
  // The chart in thousand tokens and terabytes (1 TB = 1000 GB), so the axis labels stay short.
  const { n, cost, examples, curve, yMaxTerabytes } = useMemo(() => contextCostView(exponent, MAX_TOKENS), [exponent]);

  return (
    <LectureSlide
      notes={
        <>
          <p>
            Attention vergleicht jedes Token mit jedem, das sind n mal n Scores – pro Kopf und pro Schicht. Wir nehmen an,
            jeder Score wird in fp16 gespeichert, also mit 2 Byte. Wenn wir die Kontextlänge verdoppeln, vervierfacht sich
            der Aufwand; die Kurve ist eine Parabel.
          </p>
          <p>
            Jetzt die Tabelle: Bei {examples[0].label} Tokens sind es {formatMagnitude(examples[0].cost.scores)} Scores,
            bei {examples[1].label} schon {formatMagnitude(examples[1].cost.scores)}, bei einer Million Tokens{' '}
            {formatMagnitude(examples[2].cost.scores)}, das sind {formatGigabytes(examples[2].cost.gigabytes)} GB – für
            einen einzigen Kopf in einer Schicht. Echte Systeme speichern diese Matrix deshalb nie ganz: FlashAttention
            rechnet die Scores blockweise und verwirft sie gleich wieder, so wächst der Speicher nur linear mit n, die
            Rechenarbeit bleibt aber quadratisch. Beim Generieren hält der KV-Cache die Keys und Values aller bisherigen
            Tokens fest, damit jedes neue Token nur seine eine Zeile Scores rechnet; dafür wächst der Cache linear mit der
            Kontextlänge. Andere Wege sind Tricks wie das Gedächtnis von Titans. Als Nächstes die zweite Grenze zum
            Anfassen: Halluzinationen.
          </p>
        </>
      }
    >
      <SlideGrid layout="text-figure" split="even" className="ol-cost">
        <section className="slide-stack" aria-label="Kontextlänge">
          <ParamSlider
            label="Kontextlänge n"
            value={exponent}
            min={CONTEXT_EXPONENT.min}
            max={CONTEXT_EXPONENT.max}
            step={CONTEXT_EXPONENT.step}
            onChange={setExponent}
            format={(x) => `${formatInteger(tokensForExponent(x))} Tokens`}
          />
          <div>
            <WorkedFormula
              formula={ATTENTION_COST}
              numbers={attentionCostNumbers(n)}
              result={attentionCostResult(cost.scores, cost.gigabytes, gigabyteDigits(cost.gigabytes))}
              label="Scores und Speicher für die gewählte Kontextlänge"
            />
          </div>
          <p className="slide-note">
            Annahme: ein Attention-Kopf in einer Schicht, jeder Score in fp16 (2 Byte), die ganze n × n-Matrix gespeichert;
            1 GB = 10⁹ Byte, 1 TB = 1000 GB. Große Modelle haben Dutzende Köpfe und Schichten.
          </p>
        </section>
        <section className="slide-stack" aria-label="Kurve und Tabelle">
          <p className="slide-status" data-testid="cost-now">
            <span className="ol-marker-dot" aria-hidden="true">●</span> n = <strong className="num">{formatInteger(n)}</strong>:{' '}
            <strong className="num ol-key-number">{formatGigabytes(cost.gigabytes)} GB</strong>
          </p>
          <LineChart
            caption={`Speicher der Scores in Terabyte über der Kontextlänge bis ${formatInteger(MAX_TOKENS)} Tokens; gewählt: ${formatInteger(n)} Tokens, ${formatGigabytes(cost.gigabytes)} GB.`}
            xLabel="Kontextlänge n (Tausend Tokens)"
            yLabel="Speicher (TB)"
            xDomain={[0, MAX_TOKENS / 1000]}
            yDomain={[0, yMaxTerabytes]}
            xTicks={[0, 250, 500, 750, 1000]}
            yTicks={[0, 0.5, 1, 1.5, 2]}
            width={600}
            height={270}
            series={[{ label: 'n² · 2 Byte', role: 'loss', points: curve }]}
            markers={[{ x: n / 1000, y: cost.gigabytes / 1000, label: '', role: 'target' }]}
          />
          <Reveal at={1}>
            <table className="ol-cost-table" data-testid="cost-table">
              <caption className="matrix-caption">Pro Kopf und Schicht, fp16</caption>
              <thead>
                <tr>
                  <th scope="col">Kontext</th>
                  <th scope="col">n</th>
                  <th scope="col">n² Scores</th>
                  <th scope="col">Speicher</th>
                </tr>
              </thead>
              <tbody>
                {examples.map((example) => (
                  <tr key={example.label}>
                    <th scope="row">{example.label}</th>
                    <td className="num">{formatInteger(example.tokens)}</td>
                    <td className="num">{formatInteger(example.cost.scores)}</td>
                    <td className="num">{formatGigabytes(example.cost.gigabytes)} GB</td>
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
