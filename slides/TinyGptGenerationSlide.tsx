import { useId, useMemo } from 'react';
import { BarChart } from '../src/components/BarChart';
import { ParamSlider } from '../src/components/ParamSlider';
import { TEMPERATURE_RANGE, TemperatureSlider } from '../src/components/TemperatureSlider';
import { LectureSlide } from '../src/shell/LectureSlide';
import { useSharedState, useSliderState } from '../src/shell/useSharedState';
import { formatInteger, formatNumber } from '../src/format';
import { GENERATION_PROMPT, generationView, vocabularyHint } from '../src/model/tinyGpt';
import './TinyGptGenerationSlide.css';
import { SlideGrid } from '../src/components/SlideGrid';

/** The period as a word of its own reads better in quotes. */
function shown(token: string): string {
  return token === '.' ? '„.“' : token;
}

/** Top-k's slider: 1 … every word of the vocabulary (no cut). */
export const TOP_K_RANGE = { min: 1, max: 70, step: 1 } as const;
/** Top-p's slider: 0,05 … 1 (no cut). */
export const TOP_P_RANGE = { min: 0.05, max: 1, step: 0.05 } as const;

/** Temperature before anyone moves the slider. */
export const GENERATION_TEMPERATURE = 1;

export function TinyGptGenerationSlide() {
  const inputId = useId();
  const [rawPrompt, setPrompt] = useSharedState('tinyGpt.prompt', GENERATION_PROMPT);
  const [rawSampling, setSampling] = useSharedState('tinyGpt.sampling', false);
  const [rawSeed, setSeed] = useSharedState('tinyGpt.seed', 1);
  const [temperature, setTemperature] = useSliderState('tinyGpt.temperature', { ...TEMPERATURE_RANGE, initial: GENERATION_TEMPERATURE });
  const [topKRaw, setTopK] = useSliderState('tinyGpt.topK', { ...TOP_K_RANGE, max: vocabularyHint().size, initial: vocabularyHint().size });
  const [topP, setTopP] = useSliderState('tinyGpt.topP', { ...TOP_P_RANGE, initial: 1 });
  const topK = Math.round(topKRaw);
  const prompt = typeof rawPrompt === 'string' ? rawPrompt : GENERATION_PROMPT;
  const sampling = rawSampling === true;
  const seed = Number.isInteger(rawSeed) && rawSeed >= 1 ? rawSeed : 1;
  const view = useMemo(() => generationView(prompt, sampling ? { temperature, seed, topK, topP } : {}), [prompt, sampling, temperature, seed, topK, topP]);
  const greedy = useMemo(() => generationView(GENERATION_PROMPT), []);
  const vocabulary = useMemo(() => vocabularyHint(), []);

  const vocabularyDetails = (
    <details className="gpt-vocabulary">
      <summary>Alle {vocabulary.size} Wörter zeigen</summary>
      <p>
        {vocabulary.templateWords.join(' ')} · {vocabulary.cities.join(' ')} · {vocabulary.countries.join(' ')}
      </p>
    </details>
  );

  return (
    <LectureSlide
      notes={
        <>
          <p>
            So schreibt ein Sprachmodell: Ein Satzanfang geht hinein, Wahrscheinlichkeiten für das nächste Wort kommen
            heraus; ein Wort wählen, anhängen, und alles noch einmal – bis zum Punkt. Greedy nimmt immer das wahrscheinlichste Wort; auf „
            {GENERATION_PROMPT}“ kommt{' '}
            {greedy.ok
              ? `„${greedy.rows[0].next}“ mit p = ${formatNumber(greedy.rows[0].pNext)}, dann „${greedy.rows[greedy.rows.length - 1].next}“`
              : greedy.message}
            . Der Satz „Paris ist die Hauptstadt von Frankreich.“ war nie im Training. Das Modell hat aus den anderen
            Vorlagen gelernt, dass Paris in Frankreich liegt, und setzt nach „… ist die Hauptstadt von“ das Land des ersten
            Worts ein – wie bei Lyon auf der Folie „Was hat das Mini-GPT gelernt?“.
          </p>
          <p>
            Mit „Ziehen“ würfelt das Modell nach softmax(z/T); „Neu ziehen“ nimmt einen anderen Zufallsstart. Bei großem T
            werden auch unwahrscheinliche Wörter gezogen. Echte Systeme schneiden darum vor dem Ziehen ab: Top-k behält nur
            die k wahrscheinlichsten Wörter; Top-p rechnet deren Wahrscheinlichkeiten auf die Summe 1 um und behält davon nur
            die wahrscheinlichsten, bis ihre Summe den am Regler „Top-p“ eingestellten Wert erreicht. Die übrigen Wörter fallen weg, und die behaltenen werden so skaliert, dass sie zusammen wieder 1 ergeben. Das Balkenbild zeigt für das erste Wort, was nach dem Schnitt übrig bleibt. Probieren Sie eigene Satzanfänge aus, z. B. „Die
            Hauptstadt von Spanien ist“ oder „Genf liegt in“. Ein unbekanntes Wort („Tokio“) meldet die Demo, statt zu
            raten: Das Modell kennt nur seine {vocabulary.size} Wörter. Als Nächstes: „Dem Mini-GPT etwas beibringen“.
          </p>
        </>
      }
    >
      <SlideGrid layout="one">
        <div className="slide-stack">
          <div className="gpt-generate">
            <div className="gpt-prompt-field">
              <label htmlFor={inputId}>Satzanfang</label>
              <input
                id={inputId}
                type="text"
                value={prompt}
                onChange={(event) => setPrompt(event.target.value)}
                spellCheck={false}
                autoComplete="off"
                aria-describedby={`${inputId}-hint`}
                data-testid="tiny-gpt-prompt"
              />
            </div>
            <div role="group" aria-label="Wie das nächste Wort gewählt wird" className="control-row">
              <button type="button" className="deck-button gpt-mode" aria-pressed={!sampling} onClick={() => setSampling(false)}>
                Greedy
              </button>
              <button type="button" className="deck-button gpt-mode" aria-pressed={sampling} onClick={() => setSampling(true)} data-testid="tiny-gpt-sample">
                Ziehen
              </button>
              <button type="button" className="deck-button" onClick={() => setSeed(seed + 1)} disabled={!sampling} data-testid="tiny-gpt-redraw">
                Neu ziehen
              </button>
            </div>
            <TemperatureSlider value={temperature} onChange={setTemperature} />
            <ParamSlider label="Top-k" value={topK} {...TOP_K_RANGE} max={vocabulary.size} onChange={setTopK} format={formatInteger} />
            <ParamSlider label="Top-p" value={topP} {...TOP_P_RANGE} onChange={setTopP} />
          </div>
          <p className="slide-note" id={`${inputId}-hint`}>
            Wörter: {vocabulary.templateWords.join(' ')} · {vocabulary.cities.length} Städte · {vocabulary.countries.length}{' '}
            Länder{sampling ? ` · Ziehung Nr. ${seed}, T = ${formatNumber(temperature)}` : ' · greedy (T, Top-k und Top-p wirken nur beim Ziehen)'}
          </p>
          {view.ok ? (
            <>
              <table className="gpt-table" aria-label="Die Schleife: Kontext, drei wahrscheinlichste Wörter, gewähltes Wort">
                <thead>
                  <tr>
                    <th scope="col">Kontext</th>
                    <th scope="col">Top 3: P(nächstes Wort)</th>
                    <th scope="col">{sampling ? 'gewählt (P nach dem Schnitt)' : 'gewählt (P)'}</th>
                  </tr>
                </thead>
                <tbody data-testid="tiny-gpt-steps">
                  {view.rows.map((row, i) => (
                    <tr key={i}>
                      <td>
                        {row.context.slice(0, row.context.length - i).join(' ')}{' '}
                        <span className="gpt-context-new">{row.context.slice(row.context.length - i).join(' ')}</span>
                      </td>
                      <td>
                        {row.top.map((c) => (
                          <span key={c.token} className="gpt-candidate">
                            {shown(c.token)} <span className="num">{formatNumber(c.probability)}</span>
                          </span>
                        ))}
                      </td>
                      <td className="gpt-chosen">
                        {shown(row.next)} <span className="num">({formatNumber(row.pNext)})</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className={sampling ? 'gpt-result-row gpt-result-row--cut' : 'gpt-result-row'}>
                <div className="slide-stack">
                  <p className="answer-line" data-testid="tiny-gpt-output">
                    Ergebnis: <strong>{view.text}</strong>
                    {view.stopReason !== 'period' && <span className="slide-note"> (Kontext voll, kein Punkt)</span>}
                  </p>
                  {vocabularyDetails}
                </div>
                {sampling && (
                  <div className="gpt-cut" data-testid="tiny-gpt-cut">
                    <BarChart
                      bars={view.firstCut.words.map((w) => ({
                        label: w.cut > 0 ? shown(w.token) : `${shown(w.token)} (gestrichen)`,
                        value: w.cut,
                        highlight: w.cut > 0,
                      }))}
                      caption={`Wort 1 nach dem Schnitt: ${view.firstCut.kept} ${view.firstCut.kept === 1 ? 'Wort bleibt' : 'Wörter bleiben'} (vorher zusammen ${formatNumber(view.firstCut.keptMass)}), so skaliert, dass sie zusammen 1 ergeben`}
                    />
                  </div>
                )}
              </div>
            </>
          ) : (
            <>
              <p className="slide-error" role="alert" data-testid="tiny-gpt-prompt-error">
                {view.message}
              </p>
              {vocabularyDetails}
            </>
          )}
        </div>
      </SlideGrid>
    </LectureSlide>
  );
}
