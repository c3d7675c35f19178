import { useMemo } from 'react';
import { BarChart } from '../src/components/BarChart';
import { MatrixView } from '../src/components/MatrixView';
import { StepHeading, StepTrail } from '../src/components/StepTrail';
import { Tex } from '../src/components/Tex';
import { WeightedSumTable } from '../src/components/WeightedSumTable';
import { WorkedFormula } from '../src/components/WorkedFormula';
import { LectureSlide } from '../src/shell/LectureSlide';
import { useIsSummary, useSlideStep, useViewShown } from '../src/shell/slideStep';
import { formatNumber } from '../src/format';
import {
  ATTENTION_SCORE,
  ATTENTION_WEIGHTS,
  CONTEXT_VECTOR,
  contextVectorNumbers,
  namedRowVector,
  scoreNumbers,
  scoreResult,
  softmaxNumbers,
  softmaxResult,
} from '../src/tex';
import { traceWorkedExample, type WorkedTrace } from '../src/model';
import { focusAttentionSteps, type FocusAttentionSteps } from '../src/model/attentionSteps';
import { scalingEvidence, type ScalingEvidence } from '../src/model/scalingEvidence';
import { SELF_ATTENTION_STEPS } from './selfAttentionSteps';
import { SlideGrid } from '../src/components/SlideGrid';
import './SelfAttentionWeightsSlide.css';

/**
 * Views of this slide (its step): 0 scores, 1 softmax weights, 2 the context vector h. Each click
 * replaces the view; the reading view stacks them, and a page for the whole slide (print, the
 * one-page-per-slide handout) lays out all three, each under its step's heading, and marks no single
 * step in the trail.
 */

type BodyProps = { trace: WorkedTrace; parts: FocusAttentionSteps };
/** `heading`: the view shows its step's heading (on a page with all three views). */
type ViewProps = BodyProps & { heading: boolean };
type SoftmaxProps = ViewProps & { evidence: ScalingEvidence };

function ScoresView({ trace, parts, heading }: ViewProps) {
  // The worked line uses the token "von" attends to most, read from the data.
  const j = parts.ranking[0];
  const token = trace.tokens[j];
  return (
    <div data-view="scores">
      {heading && <StepHeading step={2}>{SELF_ATTENTION_STEPS[2]}</StepHeading>}
      <WorkedFormula
        label={`Score von ${token}`}
        formula={ATTENTION_SCORE}
        numbers={scoreNumbers(token, trace.q, trace.K[j], trace.dK)}
        result={scoreResult(token, trace.scores[j], parts.sqrtDK, trace.scaledScores[j])}
      />
      <div className="sa-large-tables">
        <MatrixView
          values={[trace.scores, trace.scaledScores]}
          caption={`Alle fünf Scores von „${trace.focus}“`}
          rowLabels={['q · kⱼ', `sⱼ = q · kⱼ / ${formatNumber(parts.sqrtDK, 0)}`]}
          colLabels={trace.tokens}
        />
      </div>
    </div>
  );
}

function SoftmaxView({ trace, parts, evidence, heading }: SoftmaxProps) {
  const [first, second] = parts.ranking;
  const token = trace.tokens[first];
  return (
    <div data-view="softmax">
      {heading && <StepHeading step={3}>{SELF_ATTENTION_STEPS[3]}: die Gewichte</StepHeading>}
      <WorkedFormula
        label={`Gewicht von ${token}`}
        formula={ATTENTION_WEIGHTS}
        numbers={softmaxNumbers(token, trace.scaledScores[first], trace.scaledScores)}
        result={softmaxResult(token, parts.exps[first], parts.expSum, trace.weights[first])}
      />
      <SlideGrid layout="text-figure" split="wide-second">
        <BarChart
          caption={`Attention-Gewichte aⱼ von „${trace.focus}“ (Summe 1)`}
          bars={trace.tokens.map((label, i) => ({ label, value: trace.weights[i], highlight: i === first }))}
          role="focus"
        />
        <div className="sa-findings">
          <p className="slide-finding" data-testid="attention-finding">
            „{trace.focus}“ achtet am stärksten auf <strong>„{token}“</strong> ({formatNumber(trace.weights[first])}),
            danach auf <strong>„{trace.tokens[second]}“</strong> ({formatNumber(trace.weights[second])}).
          </p>
          <p className="slide-finding" data-testid="scaling-evidence">
            Ohne Teilung durch √{evidence.dK} = {formatNumber(evidence.sqrtDK, 0)}: „{trace.tokens[evidence.top]}“{' '}
            {formatNumber(evidence.unscaled[evidence.top])} statt {formatNumber(evidence.scaled[evidence.top])},{' '}
            „{trace.tokens[evidence.second]}“ {formatNumber(evidence.unscaled[evidence.second])} statt{' '}
            {formatNumber(evidence.scaled[evidence.second])} – die Verteilung wird spitzer.
          </p>
        </div>
      </SlideGrid>
    </div>
  );
}

function ContextView({ trace, parts, heading }: ViewProps) {
  return (
    <div data-view="context">
      {heading && <StepHeading step={4}>{SELF_ATTENTION_STEPS[4]}</StepHeading>}
      <WorkedFormula
        label={`Kontextvektor von ${trace.focus}`}
        formula={CONTEXT_VECTOR}
        numbers={
          <div className="sa-context-numbers">
            <Tex math={contextVectorNumbers(trace.focus, trace.tokens, trace.weights)} />
            <WeightedSumTable
              caption="Jeder Value-Vektor, mit seinem Gewicht multipliziert"
              rowLabels={trace.tokens}
              weights={trace.weights}
              vectors={trace.V}
              products={parts.weightedValues}
              total={trace.h}
              headings={{ weight: 'aⱼ', vector: 'vⱼ', product: 'aⱼ · vⱼ', total: 'Summe = h' }}
              highlightRow={parts.ranking[0]}
            />
          </div>
        }
        result={namedRowVector('h', trace.focus, trace.h)}
      />
    </div>
  );
}

function WeightsBody({ trace, parts, evidence }: BodyProps & { evidence: ScalingEvidence }) {
  const view = useSlideStep();
  const shows = useViewShown();
  const summary = useIsSummary();
  return (
    <SlideGrid layout="one" className={summary ? 'sa-weights-summary' : undefined}>
      <StepTrail steps={SELF_ATTENTION_STEPS} current={summary ? -1 : 2 + view} label="Schritte der Self-Attention" />
      {shows(0) && <ScoresView trace={trace} parts={parts} heading={summary} />}
      {shows(1) && <SoftmaxView trace={trace} parts={parts} evidence={evidence} heading={summary} />}
      {shows(2) && <ContextView trace={trace} parts={parts} heading={summary} />}
    </SlideGrid>
  );
}

export function SelfAttentionWeightsSlide() {
  const trace = useMemo(() => traceWorkedExample(), []);
  const parts = useMemo(() => focusAttentionSteps(trace), [trace]);
  const evidence = useMemo(() => scalingEvidence(trace), [trace]);
  const [first, second] = parts.ranking.map((j) => `„${trace.tokens[j]}“`);
  return (
    <LectureSlide
      notes={
        <p>
          Schritt drei: Die Query von „{trace.focus}“ wird mit jedem Key per Skalarprodukt verglichen und durch √d_k
          geteilt. Bei uns ist d_k = {evidence.dK}, wir teilen also durch {formatNumber(parts.sqrtDK, 0)}. Die Rechnung für{' '}
          {first} steht ausgeschrieben, die Tabelle zeigt alle {trace.tokens.length} Scores.
          Warum √d_k? Sind die Einträge von q und k unabhängig mit Mittelwert 0 und Varianz 1, dann hat das Skalarprodukt die Varianz
          d_k: Je mehr Dimensionen die Vektoren haben, desto weiter streuen die Scores, Softmax sättigt und gibt fast alles einem Token.
          Geteilt durch √d_k ist die Varianz wieder 1. Jetzt macht Softmax aus den Scores Gewichte, die sich zu 1
          addieren – „{trace.focus}“ schaut vor allem auf {first} und {second}; die Gewichtsmatrizen dafür haben wir von
          Hand gewählt, ein trainiertes Modell lernt sie selbst. Ohne die Teilung bekäme {first}{' '}
          {formatNumber(evidence.unscaled[evidence.top])} statt {formatNumber(evidence.scaled[evidence.top])} und{' '}
          {second} nur {formatNumber(evidence.unscaled[evidence.second])} statt{' '}
          {formatNumber(evidence.scaled[evidence.second])}: Schon bei vier Dimensionen wird die Verteilung spitzer. Zum
          Schluss ist der neue Vektor h die gewichtete Summe der Values; jede Zeile der Tabelle ist ein Summand. Solche
          Gewichte berechnet nicht nur „{trace.focus}“, sondern jedes Token für sich. Als Nächstes: „Die ganze Attention-Matrix“.
        </p>
      }
    >
      <WeightsBody trace={trace} parts={parts} evidence={evidence} />
    </LectureSlide>
  );
}
