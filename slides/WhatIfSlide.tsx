import { useMemo } from 'react';
import { BarChart } from '../src/components/BarChart';
import { MatrixView } from '../src/components/MatrixView';
import { ParamSlider } from '../src/components/ParamSlider';
import { LectureSlide } from '../src/shell/LectureSlide';
import { useSharedState } from '../src/shell/useSharedState';
import { formatNumber, subscriptDigits } from '../src/format';
import { DEFAULT_PARAMS, FOCUS_INDEX } from '../src/model';
import { FEATURE_NAMES, focusAttentionSteps, withFocusEmbedding, withProjectionEntry } from '../src/model/attentionSteps';
import { CITIES, attentionEvidence, traceWithCity, type City } from '../src/model/whatIf';
import { SlideGrid } from '../src/components/SlideGrid';
import './WhatIfSlide.css';

const SLIDER = { min: -2, max: 2, step: 0.1 } as const;
const DEFAULT_EMBEDDING = DEFAULT_PARAMS.embeddings[FOCUS_INDEX];
/** (W_Q)₄₁ (0-based [3][0]): how strongly the function-word feature of "von" asks for a country. */
const QUERY_ENTRY = { row: 3, col: 0 } as const;
/** (W_K)₁₁ (0-based [0][0]): how strongly a key offers its France feature (the key of Paris). */
const KEY_ENTRY = { row: 0, col: 0 } as const;
/** Matrix entries as the notation writes them, with 1-based subscripts: (W_Q)₄₁. */
const entryLabel = (matrix: string, entry: { row: number; col: number }): string =>
  `(${matrix})${subscriptDigits(entry.row + 1)}${subscriptDigits(entry.col + 1)}`;
const embeddingLabel = (i: number): string => `(e_von)${subscriptDigits(i + 1)}`;
const QUERY_LABEL = entryLabel('W_Q', QUERY_ENTRY);
const KEY_LABEL = entryLabel('W_K', KEY_ENTRY);
/** The function-word feature of "von" (the 4th entry), which makes "von" ask a question. */
const FUNCTION_WORD_LABEL = embeddingLabel(FEATURE_NAMES.indexOf('Funktionswort'));
const DEFAULT_CITY: City = 'Paris';
/** Computed once for the notes: P(Frankreich) with the model's, uniform and only-self attention. */
const EVIDENCE = attentionEvidence();
const DEFAULT_QUERY_WEIGHT = DEFAULT_PARAMS.W_Q[QUERY_ENTRY.row][QUERY_ENTRY.col];
const DEFAULT_KEY_WEIGHT = DEFAULT_PARAMS.W_K[KEY_ENTRY.row][KEY_ENTRY.col];

export function WhatIfSlide() {
  const [embedding, setEmbedding] = useSharedState<readonly number[]>('whatIf.focusEmbedding', DEFAULT_EMBEDDING);
  const [queryWeight, setQueryWeight] = useSharedState('whatIf.queryWeight', DEFAULT_QUERY_WEIGHT);
  const [keyWeight, setKeyWeight] = useSharedState('whatIf.keyWeight', DEFAULT_KEY_WEIGHT);
  const [city, setCity] = useSharedState<City>('whatIf.city', DEFAULT_CITY);

  const trace = useMemo(() => {
    const withEmbedding = withFocusEmbedding(DEFAULT_PARAMS, embedding);
    const withQuery = withProjectionEntry(withEmbedding, 'W_Q', QUERY_ENTRY.row, QUERY_ENTRY.col, queryWeight);
    return traceWithCity(city, withProjectionEntry(withQuery, 'W_K', KEY_ENTRY.row, KEY_ENTRY.col, keyWeight));
  }, [embedding, queryWeight, keyWeight, city]);
  const parts = useMemo(() => focusAttentionSteps(trace), [trace]);
  const top = parts.ranking[0];
  const pTarget = trace.probabilities[trace.targetIndex];

  const reset = () => {
    setEmbedding(DEFAULT_EMBEDDING);
    setQueryWeight(DEFAULT_QUERY_WEIGHT);
    setKeyWeight(DEFAULT_KEY_WEIGHT);
    setCity(DEFAULT_CITY);
  };

  return (
    <LectureSlide
      notes={
        <>
          <p>
            Alle Zahlen dieses Beispiels sind von Hand gesetzt, damit man sie nachrechnen kann; das trainierte Mini-GPT,
            das wir später zeigen, hat seine eigenen Gewichte selbst gelernt. Hier verändern wir die Stadt, das
            Embedding von „{trace.focus}“ und zwei Gewichte; alle Ergebnisse der Folie werden bei jeder Änderung neu berechnet.
          </p>
          <p>
            Die Folie zeigt schon, was Abschnitt 6 genauer erklärt: Eine Ausgabeschicht macht aus h einen Wert pro Wort,
            das Logit z, und Softmax macht daraus Wahrscheinlichkeiten p. Der Bias b ist ein fester Zuschlag pro Wort, hier
            ein Vorwissen für Deutschland. Erster Versuch: Berlin oder Madrid statt Paris – die Attention bleibt gleich, aber der Value der Stadt trägt
            ein anderes Land, und die Vorhersage wechselt zu Deutschland bzw. Spanien. Zweiter Versuch: {QUERY_LABEL} oder {KEY_LABEL} klein machen – „{trace.focus}“ schaut nicht mehr auf Paris, und Frankreich verliert: Mit
            gleichmäßiger Attention wäre P(Frankreich) nur {formatNumber(EVIDENCE.uniform.pTarget)} statt{' '}
            {formatNumber(EVIDENCE.computed.pTarget)}; schaute „{trace.focus}“ nur auf sich selbst, wären es{' '}
            {formatNumber(EVIDENCE.selfOnly.pTarget)}; dann gewinnt der Bias b, das Vorwissen für Deutschland. Dritter
            Versuch: {FUNCTION_WORD_LABEL} auf 0 – ohne das Funktionswort-Merkmal stellt „{trace.focus}“ keine Frage mehr.
            „Zurücksetzen“ stellt die Zahlen der Vorlesung wieder her. Danach die Frage: Wie findet ein Modell gute Gewichte selbst? Als Nächstes: „Lernprozess & Backpropagation“.
          </p>
        </>
      }
    >
      <SlideGrid layout="text-figure" split="wide-second" className="what-if">
        <section className="what-if-controls" aria-label="Regler: Stadt, Embedding von „von“ und Gewichte">
          <div className="what-if-cities" role="group" aria-label="Stadt im Satz">
            <span className="what-if-cities-label">Stadt:</span>
            {CITIES.map((name) => (
              <button
                key={name}
                type="button"
                className="deck-button"
                aria-pressed={city === name}
                onClick={() => setCity(name)}
              >
                {name}
              </button>
            ))}
          </div>
          {embedding.map((value, i) => (
            <ParamSlider
              key={i}
              label={`${embeddingLabel(i)} · ${FEATURE_NAMES[i]}`}
              value={value}
              {...SLIDER}
              digits={1}
              onChange={(next) => setEmbedding(embedding.map((x, k) => (k === i ? next : x)))}
            />
          ))}
          <ParamSlider
            label={`${QUERY_LABEL} · Query fragt nach einem Land`}
            value={queryWeight}
            {...SLIDER}
            digits={1}
            onChange={setQueryWeight}
          />
          <ParamSlider
            label={`${KEY_LABEL} · Key bietet Frankreich an`}
            value={keyWeight}
            {...SLIDER}
            digits={1}
            onChange={setKeyWeight}
          />
          <button type="button" className="deck-button" onClick={reset}>
            Zurücksetzen
          </button>
        </section>
        <div className="what-if-results">
          <MatrixView
            values={[trace.scaledScores]}
            caption={`Scores sⱼ = q · kⱼ / ${formatNumber(parts.sqrtDK, 0)}`}
            rowLabels={['sⱼ']}
            colLabels={trace.tokens}
            compact
          />
          <SlideGrid layout="two-figures">
            <section className="what-if-attention" aria-label="Attention von „von“">
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
              <MatrixView values={[trace.h]} caption="Kontextvektor h" role="value" compact />
              <MatrixView
                values={trace.vocabulary.map((_, i) => [trace.logits[i], trace.probabilities[i]])}
                caption="Logits z und p je Wort"
                rowLabels={trace.vocabulary}
                colLabels={['z', 'p']}
                highlightRow={trace.targetIndex}
                compact
              />
              <p className="what-if-p" data-testid="what-if-p">
                <span className="what-if-p-label">P({trace.target})</span>
                <span className="what-if-p-value num">{formatNumber(pTarget)}</span>
              </p>
              <p className="small" data-testid="what-if-prediction">
                Vorhersage: <strong>„{trace.vocabulary[trace.prediction]}“</strong>
                {trace.prediction === trace.targetIndex ? ' – richtig' : ` – falsch, richtig wäre „${trace.target}“`}
              </p>
            </section>
          </SlideGrid>
        </div>
      </SlideGrid>
    </LectureSlide>
  );
}
