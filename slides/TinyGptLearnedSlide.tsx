import { useId, useMemo } from 'react';
import { Heatmap } from '../src/components/Heatmap';
import { ScatterPlot, type ScatterGroup } from '../src/components/ScatterPlot';
import { LectureSlide } from '../src/shell/LectureSlide';
import { useIsSummary, useViewShown } from '../src/shell/slideStep';
import { useSharedState } from '../src/shell/useSharedState';
import { formatNumber, formatPercent } from '../src/format';
import { LENS_PROMPT, learnedView, lensView, type HeadEvidence, type LensRow } from '../src/model/tinyGpt';
import { SlideGrid } from '../src/components/SlideGrid';
import './TinyGptLearnedSlide.css';

/** Cities, countries and the other words: a shape and a colour each. */
export const EMBEDDING_GROUPS: readonly ScatterGroup[] = [
  { id: 'city', label: 'Städte', role: 'key', shape: 'circle' },
  { id: 'country', label: 'Länder', role: 'target', shape: 'square' },
  { id: 'other', label: 'andere Wörter', role: 'muted', shape: 'triangle' },
];

/** The words printed in the plot (all others are named on hover and for screen readers). */
export const LABELLED_TOKENS = ['Paris', 'Frankreich', 'Bern', 'Zürich', 'Schweiz', 'Berlin', 'Deutschland', 'Hauptstadt', 'von'];

function LensTable({ rows, testId }: { rows: readonly LensRow[]; testId: string }) {
  return (
    <table className="gpt-evidence-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">abgelesen</th>
          <th scope="col">Top 3: P(nächstes Wort)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td>
              {r.top.map((c) => (
                <span key={c.token} className="gpt-lens-candidate">
                  {c.token === '.' ? '„.“' : c.token} <span className="num">{formatNumber(c.probability)}</span>
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The ablation drops a probe's answer to below half of its probability with every head on. */
function breaks(head: HeadEvidence, probe: number, baseline: readonly number[]): boolean {
  return head.pWithout[probe] < baseline[probe] / 2;
}

/** „beide Köpfe von Block 1" when the heads are one whole block, else their short names. */
function headGroup(heads: readonly HeadEvidence[], all: readonly HeadEvidence[]): string {
  const layer = heads[0]?.layer;
  const whole = heads.length > 1 && heads.every((h) => h.layer === layer) && all.filter((h) => h.layer === layer).length === heads.length;
  if (whole) return `${heads.length === 2 ? 'beide' : 'alle'} Köpfe von Block ${layer}`;
  return heads.map((h) => h.short).join(' und ');
}

/** What switching off each of the other heads does to the lecture prompt's answer (notes). */
function otherHeadsText(heads: readonly HeadEvidence[], key: HeadEvidence, baseline: readonly number[]): string {
  const others = heads.filter((h) => h !== key);
  const broken = others
    .filter((h) => breaks(h, 0, baseline))
    .map((h) => `Auch ohne ${h.short} bricht sie ein (${formatNumber(h.pWithout[0])}; das Modell sagt dann „${h.answerWithout[0]}“).`);
  const holding = others.filter((h) => !breaks(h, 0, baseline));
  const layers = [...new Set(holding.map((h) => h.layer))];
  const held = layers.map((layer) => {
    const inLayer = holding.filter((h) => h.layer === layer);
    const values = inLayer.map((h) => formatNumber(h.pWithout[0])).join(' bzw. ');
    return inLayer.length > 1 && inLayer.length === heads.filter((h) => h.layer === layer).length
      ? `Ohne einen der Köpfe von Block ${layer} bleibt sie hoch (${values}).`
      : `Ohne ${inLayer.map((h) => h.short).join(' oder ')} bleibt sie hoch (${values}).`;
  });
  return [...broken, ...held].join(' ');
}

/** The question the other way round: which heads it needs as well, and which more (notes). */
function reverseText(heads: readonly HeadEvidence[], baseline: readonly number[]): string {
  const both = heads.filter((h) => breaks(h, 0, baseline) && breaks(h, 1, baseline));
  const extra = heads.filter((h) => !breaks(h, 0, baseline) && breaks(h, 1, baseline));
  const needed = both.length > 0 ? `${both.length === 1 ? 'ist' : 'sind'} ${headGroup(both, heads)} ebenso unverzichtbar` : 'ist kein Kopf allein unverzichtbar';
  const more = extra.length > 0 ? `; dort zählt auch ${extra.map((h) => `${h.short} (${formatNumber(h.pWithout[1])})`).join(', ')}` : '';
  return `${needed}${more}.`;
}

export function TinyGptLearnedSlide() {
  // The slide shows one part per click beside the attention; the reading view stacks them, and a
  // page for the whole slide (print, the one-page-per-slide handout) lays out all of them.
  const shows = useViewShown();
  const summary = useIsSummary();
  const lensId = useId();
  const [rawLensPrompt, setLensPrompt] = useSharedState('tinyGpt.lensPrompt', LENS_PROMPT);
  const lensPrompt = typeof rawLensPrompt === 'string' ? rawLensPrompt : LENS_PROMPT;
  const lens = useMemo(() => lensView(lensPrompt), [lensPrompt]);
  const view = useMemo(() => learnedView(), []);
  const { evidence, representation: rep } = view;
  const [pc1, pc2] = view.explainedVariance;
  const [lecture, reverse] = evidence.probes;
  const key = evidence.keyHead;
  const points = useMemo(
    () => view.embeddingPoints.map((p) => ({ label: p.token, group: p.group, x: p.x, y: p.y, showLabel: LABELLED_TOKENS.includes(p.token) })),
    [view],
  );

  return (
    <LectureSlide
      notes={
        <>
          <p>
            Zuerst die Aufmerksamkeit: Wohin schaut das letzte Wort „{view.focus}“ in „{view.prompt}“? Jede Zeile ist ein
            Kopf und summiert sich zu eins. In diesem Satz benennen wir die Köpfe danach, wohin „{view.focus}“ schaut:{' '}
            {evidence.heads.map((h) => `${h.label} ${h.role.name}`).join('; ')}.
          </p>
          <p>
            Ein Gewicht allein beweist nichts. Darum schalten wir jeden Kopf einzeln ab und fragen neu. Mit allen Köpfen
            ist die Wahrscheinlichkeit P(„{lecture.answer}“) = {formatNumber(evidence.baseline[0])}. Ohne {key.label} – er {key.role.name} – fällt sie auf {formatNumber(key.pWithout[0])}, und das Modell
            sagt „{key.answerWithout[0]}“. (Ohne diesen Kopf fehlt dem Modell die Stadt; „{key.answerWithout[0]}“ ist nur ein
            Verlegenheitswort.) {otherHeadsText(evidence.heads, key, evidence.baseline)} Andersherum gefragt, „{reverse.prompt}“,{' '}
            {reverseText(evidence.heads, evidence.baseline)}
          </p>
          <p>
            Dann der Tausch der Stadt: {evidence.swaps.map((s) => `„${s.city}“ → ${s.answer} (${formatNumber(s.probability)})`).join(', ')}.
            Die Antwort folgt dem ersten Wort – auch bei Städten, die gar keine Hauptstadt sind. Ohne {key.short} sagt das
            Modell bei jeder Stadt „{evidence.swaps[0].answerWithout}“. Das Mini-GPT hat eine Regel gelernt: das Land des
            ersten Worts.
          </p>
          <p>
            Zuletzt die {view.embeddingPoints.length} Wortvektoren. Sie starten klein und zufällig; nach dem Training
            ist die Tabelle ihrem Start nur noch zu {formatNumber(rep.cosineToInit)} ähnlich (Kosinus): Das Training hat
            sie wirklich bewegt. Im Modell selbst, in {view.dimensions} Dimensionen, liegen {rep.separatedFull} von{' '}
            {rep.placeWords} Städten und Ländern näher am Mittelpunkt ihrer eigenen Gruppe (am Start{' '}
            {rep.separatedFullInit}, so viel wie Raten). Die Hauptkomponentenanalyse (PCA) projiziert die {view.dimensions}{' '}
            Dimensionen auf die zwei Richtungen größter Streuung; sie erfassen {formatPercent(pc1, 1)} und{' '}
            {formatPercent(pc2, 1)} der Streuung. In dieser Projektion sind es nur noch {rep.separated2d} von {rep.placeWords}. Das Bild ist ein grober Schatten.
          </p>
          <p>
            Zum Schluss die Logit-Linse: Wir nehmen den Vektor des letzten Worts nach jedem Block – die Eingabe plus alles,
            was die Blöcke über die Residual-Verbindungen addiert haben – und schicken ihn schon dort durch die letzte
            LayerNorm und W_out. Bei „{lens.lecture.tokens.join(' ')}“ sagt die Eingabe allein „
            {lens.lecture.rows[0].top[0].token}“ ({formatNumber(lens.lecture.rows[0].top[0].probability)}), nach Block 1
            schon „{lens.lecture.rows[1].top[0].token}“ ({formatNumber(lens.lecture.rows[1].top[0].probability)}), nach
            Block 2 „{lens.lecture.rows[2].top[0].token}“ ({formatNumber(lens.lecture.rows[2].top[0].probability)}). Die
            Antwort entsteht im ersten Block – dort sitzt der Kopf, der auf das erste Wort schaut; Block 2 macht sie sicher.
            Im Feld darunter lässt sich jeder eigene Satzanfang so ansehen. Als Nächstes: „Vom Token zur Antwort:
            das Mini-GPT schreibt“.
          </p>
        </>
      }
    >
      <SlideGrid layout="two-figures" split="even" className={summary ? 'gpt-learned-summary' : undefined}>
        <section className="slide-stack gpt-part-attention" aria-label="Gelernte Aufmerksamkeit von „von“">
          <h3 className="slide-subhead">Wohin schaut „{view.focus}“?</h3>
          <Heatmap
            values={view.heads.map((h) => h.weights)}
            rowLabels={view.heads.map((h) => h.short)}
            colLabels={view.tokens}
            caption={`Gewicht von „${view.focus}“ auf jedes Wort, B = Block, K = Kopf (jede Zeile ergibt zusammen 1)`}
            role="focus"
          />
          <ul className="compact-list gpt-head-names" data-testid="tiny-gpt-head-names">
            {evidence.heads.map((h) => (
              <li key={h.short}>
                <strong>{h.short}</strong> {h.role.name}
              </li>
            ))}
          </ul>
        </section>
        {shows(0) && (
          <section className="slide-stack gpt-part-ablation" aria-label="Köpfe abschalten">
            <h3 className="slide-subhead">Gegenprobe: jeden Kopf abschalten</h3>
            <table className="gpt-evidence-table" data-testid="tiny-gpt-ablation">
              <thead>
                <tr>
                  <th scope="col">abgeschaltet</th>
                  <th scope="col" className="num">P(„{lecture.answer}“)</th>
                  <th scope="col" className="num">P(„{reverse.answer}“)</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">keiner</th>
                  <td className="num">{formatNumber(evidence.baseline[0])}</td>
                  <td className="num">{formatNumber(evidence.baseline[1])}</td>
                </tr>
                {evidence.heads.map((h) => (
                  <tr key={h.short} className={h === key ? 'gpt-key-head' : undefined}>
                    <th scope="row">{h.short}</th>
                    <td className="num">{formatNumber(h.pWithout[0])}</td>
                    <td className="num">{formatNumber(h.pWithout[1])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="slide-note">
              P(„{lecture.answer}“) nach „{lecture.prompt} …“, P(„{reverse.answer}“) nach „{reverse.prompt} …“. Ohne {key.short} sagt es
              „{key.answerWithout[0]}“.
            </p>
          </section>
        )}
        {shows(1) && (
          <section className="slide-stack gpt-part-swap" aria-label="Stadt tauschen">
            <h3 className="slide-subhead">Gegenprobe: die Stadt tauschen</h3>
            <table className="gpt-evidence-table" data-testid="tiny-gpt-swap">
              <thead>
                <tr>
                  <th scope="col">„… ist die Hauptstadt von“</th>
                  <th scope="col">Antwort</th>
                  <th scope="col">ohne {key.short}</th>
                </tr>
              </thead>
              <tbody>
                {evidence.swaps.map((s) => (
                  <tr key={s.city}>
                    <th scope="row">{s.city}</th>
                    <td>
                      {s.answer} <span className="num">{formatNumber(s.probability)}</span>
                    </td>
                    <td>
                      {s.answerWithout} <span className="num">{formatNumber(s.probabilityWithout)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="slide-note">Die Antwort folgt dem ersten Wort, auch bei Städten, die keine Hauptstadt sind.</p>
          </section>
        )}
        {shows(2) && (
          <section className="slide-stack gpt-part-pca" aria-label="Wortvektoren in 2-D">
            <ScatterPlot
              points={points}
              groups={EMBEDDING_GROUPS}
              caption={`Wortvektoren in 2-D (Hauptkomponentenanalyse, PCA): ${view.counts.city} Städte, ${view.counts.country} Länder, ${view.counts.other} andere Wörter`}
              xLabel={`1. Achse (${formatPercent(pc1, 1)} der Streuung)`}
              yLabel={`2. Achse (${formatPercent(pc2, 1)})`}
              width={560}
              height={290}
            />
            <p className="slide-note" data-testid="tiny-gpt-variance">
              Beide Achsen zusammen zeigen {formatPercent(view.explainedTotal, 1)} der Streuung. In {view.dimensions} Dimensionen
              liegen {rep.separatedFull} von {rep.placeWords} Städten und Ländern näher am Mittelpunkt ihrer eigenen Gruppe als an
              dem der anderen, im Bild nur {rep.separated2d}.
            </p>
          </section>
        )}
        {shows(3) && (
          <section className="slide-stack gpt-part-lens" aria-label="Logit-Linse">
            <h3 className="slide-subhead">Logit-Linse: Was sagt es nach jedem Block?</h3>
            <p className="slide-note">„{lens.lecture.tokens.join(' ')} …“</p>
            <LensTable rows={lens.lecture.rows} testId="tiny-gpt-lens" />
            <div className="gpt-lens-field">
              <label htmlFor={lensId}>Eigener Satzanfang</label>
              <input id={lensId} value={lensPrompt} onChange={(e) => setLensPrompt(e.target.value)} data-testid="tiny-gpt-lens-prompt" />
            </div>
            {lens.own.ok ? (
              <LensTable rows={lens.own.rows} testId="tiny-gpt-lens-own" />
            ) : (
              <p className="slide-error" role="alert" data-testid="tiny-gpt-lens-error">
                {lens.own.message}
              </p>
            )}
          </section>
        )}
      </SlideGrid>
    </LectureSlide>
  );
}
