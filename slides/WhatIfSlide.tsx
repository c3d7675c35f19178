import { useMemo } from 'react';
import { BarChart } from '../src/components/BarChart';
import { MatrixView } from '../src/components/MatrixView';
import { ParamSlider } from '../src/components/ParamSlider';
import { LectureSlide } from '../src/deck/LectureSlide';
import { useSharedState } from '../src/deck/useSharedState';
import { formatNumber } from '../src/format';
import { DEFAULT_PARAMS, FOCUS_INDEX, traceWorkedExample } from '../src/model';
import { FEATURE_NAMES, focusAttentionSteps, withFocusEmbedding, withProjectionEntry } from '../src/model/attentionSteps';
import '../src/components/selfAttention.css';

const SLIDER = { min: -2, max: 2, step: 0.1 } as const;
const DEFAULT_EMBEDDING = DEFAULT_PARAMS.embeddings[FOCUS_INDEX];
/** W_Q[4,2] (0-based [3][1]): how strongly the relation feature of "von" asks for "Stadt". */
const QUERY_ENTRY = { row: 3, col: 1 } as const;
/** W_K[2,2] (0-based [1][1]): how strongly a key offers its "Stadt" feature. */
const KEY_ENTRY = { row: 1, col: 1 } as const;
const DEFAULT_QUERY_WEIGHT = DEFAULT_PARAMS.W_Q[QUERY_ENTRY.row][QUERY_ENTRY.col];
const DEFAULT_KEY_WEIGHT = DEFAULT_PARAMS.W_K[KEY_ENTRY.row][KEY_ENTRY.col];

export function WhatIfSlide() {
  const [embedding, setEmbedding] = useSharedState<readonly number[]>('whatIf.focusEmbedding', DEFAULT_EMBEDDING);
  const [queryWeight, setQueryWeight] = useSharedState('whatIf.queryWeight', DEFAULT_QUERY_WEIGHT);
  const [keyWeight, setKeyWeight] = useSharedState('whatIf.keyWeight', DEFAULT_KEY_WEIGHT);

  const trace = useMemo(() => {
    const withEmbedding = withFocusEmbedding(DEFAULT_PARAMS, embedding);
    const withQuery = withProjectionEntry(withEmbedding, 'W_Q', QUERY_ENTRY.row, QUERY_ENTRY.col, queryWeight);
    return traceWorkedExample(withProjectionEntry(withQuery, 'W_K', KEY_ENTRY.row, KEY_ENTRY.col, keyWeight));
  }, [embedding, queryWeight, keyWeight]);
  const parts = useMemo(() => focusAttentionSteps(trace), [trace]);
  const top = parts.ranking[0];
  const pTarget = trace.probabilities[trace.targetIndex];

  const reset = () => {
    setEmbedding(DEFAULT_EMBEDDING);
    setQueryWeight(DEFAULT_QUERY_WEIGHT);
    setKeyWeight(DEFAULT_KEY_WEIGHT);
  };

  return (
    <LectureSlide
      notes={
        <p>
          Hier verändern wir das Embedding von „{trace.focus}“ und zwei Gewichte; alles rechts wird bei jeder
          Bewegung neu berechnet. Erster Versuch: e_von[4], das Beziehungs-Merkmal, auf 0 ziehen – die Query fragt kaum
          noch nach einer Stadt, die Gewichte werden flacher und P({trace.target}) sinkt. Zweiter Versuch: W_K[2,2] ins
          Negative – dann bekommt die Hauptstadt kaum noch Gewicht, „{trace.focus}“ schaut auf die Funktionswörter.
          „Zurücksetzen“ stellt die Zahlen der Vorlesung wieder her. Danach die Frage: Wie findet das Modell gute Gewichte
          selbst? Das ist das Lernen.
        </p>
      }
    >
      <div className="what-if">
        <section className="what-if-controls" aria-label="Regler: Embedding von „von“ und Gewichte">
          {embedding.map((value, i) => (
            <ParamSlider
              key={i}
              label={`e_von[${i + 1}] · ${FEATURE_NAMES[i]}`}
              value={value}
              {...SLIDER}
              digits={1}
              onChange={(next) => setEmbedding(embedding.map((x, k) => (k === i ? next : x)))}
            />
          ))}
          <ParamSlider
            label={`W_Q[${QUERY_ENTRY.row + 1},${QUERY_ENTRY.col + 1}] · Query fragt nach Stadt`}
            value={queryWeight}
            {...SLIDER}
            digits={1}
            onChange={setQueryWeight}
          />
          <ParamSlider
            label={`W_K[${KEY_ENTRY.row + 1},${KEY_ENTRY.col + 1}] · Key bietet Stadt an`}
            value={keyWeight}
            {...SLIDER}
            digits={1}
            onChange={setKeyWeight}
          />
          <button type="button" className="deck-button" onClick={reset}>
            Zurücksetzen
          </button>
        </section>
        <section className="what-if-attention" aria-label="Attention von „von“">
          <MatrixView
            values={[trace.scaledScores]}
            caption={`Scores sⱼ = q · kⱼ / ${formatNumber(parts.sqrtDK, 0)}`}
            rowLabels={['sⱼ']}
            colLabels={trace.tokens}
            compact
          />
          <BarChart
            caption={`Gewichte aⱼ von „${trace.focus}“`}
            bars={trace.tokens.map((label, i) => ({ label, value: trace.weights[i], highlight: i === top }))}
            role="focus"
          />
          <p className="what-if-top" data-testid="what-if-top">
            Meiste Aufmerksamkeit: <strong>„{trace.tokens[top]}“</strong> ({formatNumber(trace.weights[top])})
          </p>
        </section>
        <section className="what-if-output" aria-label="Vorhersage">
          <MatrixView values={[trace.h]} caption={`Kontextvektor h von „${trace.focus}“`} role="value" compact />
          <MatrixView
            values={trace.vocabulary.map((_, i) => [trace.logits[i], trace.probabilities[i]])}
            caption="Logits z, Wahrscheinl. p"
            rowLabels={trace.vocabulary}
            colLabels={['z', 'p']}
            highlightRow={trace.targetIndex}
            compact
          />
          <p className="what-if-p" data-testid="what-if-p">
            <span className="what-if-p-label">P({trace.target})</span>
            <span className="what-if-p-value num">{formatNumber(pTarget)}</span>
          </p>
          <p className="small">Vorhersage: „{trace.vocabulary[trace.prediction]}“</p>
        </section>
      </div>
    </LectureSlide>
  );
}
