/**
 * Sections 8–11 in jsdom: every number on the Titans sandbox, the rotary slide, the context-cost
 * slide and the hallucination demo equals the model's value formatted by formatNumber (and the
 * softmax demo's JSON), and every glossary term links to the slide that introduces it.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ComponentType } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { softmaxDemo } from '../../src/demos/softmax';
import { LectureDeck } from '../../src/app/LectureDeck';
import { prefetchAround } from '../../src/shell/slideBodies';
import { formatNumber, formatPercent } from '../../src/format';
import { rotaryScore } from '../../src/math/rotary';
import { DEFAULT_PARAMS, traceWorkedExample } from '../../src/model';
import { CONTEXT_EXAMPLES } from '../../src/model/contextCost';
import { sampleMany } from '../../src/model/sampling';
import { runMemory } from '../../src/model/titansMemory';
import { SLIDES } from '../../slides';
import { renderSlideBody } from './renderSlide';
import { ContextCostSlide } from '../../slides/ContextCostSlide';
import { GLOSSARY, GlossarySlide } from '../../slides/GlossarySlide';
import { conclusionChain } from '../../src/model/conclusion';
import { DRAWS_PER_ROUND, HallucinationSlide, seedForRound } from '../../slides/HallucinationSlide';
import { LIMITS, LimitsSlide } from '../../slides/LimitsSlide';
import { ROTARY_DISTANCE, ROTARY_KEY, ROTARY_QUERY, RotarySlide } from '../../slides/RotarySlide';
import { SANDBOX_STREAM, TitansSandboxSlide } from '../../slides/TitansSandboxSlide';
import { TitansMemorySlide } from '../../slides/TitansMemorySlide';
import { TitansSlide } from '../../slides/TitansSlide';
import { TitansVariantsSlide } from '../../slides/TitansVariantsSlide';

afterEach(cleanup);

function renderSlideAt(Slide: ComponentType, stepIndex: number): HTMLElement {
  return renderSlideBody(Slide, stepIndex).frame;
}

const text = (frame: HTMLElement, testId: string) =>
  (within(frame).getByTestId(testId).textContent ?? '').replace(/\s+/g, ' ').trim();

function setSlider(label: RegExp, value: number) {
  fireEvent.change(screen.getByRole('slider', { name: label }), { target: { value: String(value) } });
}

describe('registration', () => {
  it('the new slides follow their section slide in slides/index.ts', () => {
    const at = (id: string) => SLIDES.findIndex((s) => s.id === id);
    expect(['titans-gedaechtnis', 'titans-varianten', 'titans-sandkasten'].map(at)).toEqual([1, 2, 3].map((d) => at('titans') + d));
    expect(at('rotary')).toBeGreaterThan(at('titans'));
    expect(at('kontextkosten')).toBe(at('grenzen') + 1);
    expect(at('halluzination')).toBe(at('grenzen') + 2);
  });
});

describe('Titans sandbox', () => {
  it('shows the surprise and recall numbers of runMemory, and α = 0 makes both recall curves equal', () => {
    // The paper's η (momentum decay) and θ (learning rate) are ρ and η on the slide (src/tex/notation.ts).
    const bars = renderSlideAt(TitansSandboxSlide, 0);
    const firstRun = runMemory(SANDBOX_STREAM, { eta: 0.5, theta: 0.3, alpha: 0.1 });
    // One bar per token, its value in the screen-reader list.
    expect([...bars.querySelectorAll('.token-bars li')].map((li) => li.textContent)).toEqual(
      firstRun.steps.map((s, t) => `Token ${t + 1} (${s.label}): ${formatNumber(s.gradientNorm)}`),
    );
    cleanup();
    const frame = renderSlideAt(TitansSandboxSlide, 1);
    setSlider(/^ρ/, 0.5);
    setSlider(/^η/, 0.3);
    setSlider(/^α/, 0.1);
    const run = runMemory(SANDBOX_STREAM, { eta: 0.5, theta: 0.3, alpha: 0.1 });
    const keep = runMemory(SANDBOX_STREAM, { eta: 0.5, theta: 0.3, alpha: 0 });
    const peak = run.steps.reduce((best, s, t) => (s.gradientNorm > run.steps[best].gradientNorm ? t : best), 0);
    expect(text(frame, 'titans-peak')).toBe(
      `Größte momentane Überraschung: Token ${peak + 1} (${run.steps[peak].label}), ‖∇ℓ‖ = ${formatNumber(run.steps[peak].gradientNorm)}, ℓ vorher = ${formatNumber(run.steps[peak].loss)}`,
    );
    const last = run.steps.at(-1)!;
    expect(text(frame, 'titans-recall')).toBe(
      `Abruf von A am Ende: ‒ ‒ α = 0: ${formatNumber(keep.steps.at(-1)!.recallError)} · ● α = 0,10: ${formatNumber(last.recallError)}`,
    );

    setSlider(/^α/, 0);
    const zero = runMemory(SANDBOX_STREAM, { eta: 0.5, theta: 0.3, alpha: 0 }).steps.at(-1)!.recallError;
    expect(text(frame, 'titans-recall')).toBe(`Abruf von A am Ende: ‒ ‒ α = 0: ${formatNumber(zero)} · ● α = 0,00: ${formatNumber(zero)}`);

    setSlider(/^η/, 0);
    expect(text(frame, 'titans-last')).toContain(`ℓ = ${formatNumber(runMemory(SANDBOX_STREAM, { eta: 0.5, theta: 0, alpha: 0 }).steps.at(-1)!.loss)}`);
    setSlider(/^η/, 0.3);
    setSlider(/^α/, 0.1);
  });

  it('the overview, equations and variants slides carry the paper citation and all outline bullets', () => {
    const overview = renderSlideAt(TitansSlide, 0);
    for (const bullet of ['Weiterentwicklung klassischer Transformer', 'Kombination von Attention, MLP und Gating', 'Umfeld: Rotary-Positionskodierung (Su et al. 2021) und State-Space-Modelle – Vorarbeiten, nicht Teil von Titans', 'Spezielle Memory-Architekturen (Short-Term, Long-Term, Persistent Memory)']) {
      expect(overview.textContent).toContain(bullet);
    }
    expect(overview.textContent).toContain('arXiv 2501.00663');
    cleanup();
    expect(renderSlideAt(TitansMemorySlide, 0).textContent).toContain('arXiv 2501.00663');
    cleanup();
    const variants = renderSlideAt(TitansVariantsSlide, 2);
    for (const name of ['Memory as a Context', 'Memory as a Gate', 'Memory as a Layer']) {
      expect(within(variants).getByRole('figure', { name: new RegExp(name) })).toBeTruthy();
    }
  });
});

describe('Rotary', () => {
  it('the two scores R_i(q)·R_j(k) and R_{i+Δ}(q)·R_{j+Δ}(k) are computed by rotaryScore and equal', () => {
    const frame = renderSlideAt(RotarySlide, 1);
    setSlider(/^Position i/, 4);
    setSlider(/^Frequenz θ/, 0.5);
    setSlider(/^Verschiebung Δ/, 7);
    const a = rotaryScore(ROTARY_QUERY, 4, ROTARY_KEY, 4 + ROTARY_DISTANCE, [0.5]);
    const b = rotaryScore(ROTARY_QUERY, 11, ROTARY_KEY, 11 + ROTARY_DISTANCE, [0.5]);
    expect(formatNumber(a, 3)).toBe(formatNumber(b, 3));
    const shown = frame.querySelector('[data-testid="rotary-scores"]')!.querySelectorAll('.katex-html');
    expect([...shown].map((e) => (e.textContent ?? '').replace(/\u200b/g, ''))).toEqual([
      `R4(q)⋅R7(k)=${formatNumber(a, 3)}`,
      `R11(q)⋅R14(k)=${formatNumber(b, 3)}`,
    ]);
  });
});

describe('Grenzen', () => {
  it('lists all six limits of the outline', () => {
    const frame = renderSlideAt(LimitsSlide, 6);
    for (const { limit } of LIMITS) expect(frame.textContent).toContain(limit);
    expect(LIMITS).toHaveLength(6);
  });

  it('context cost: the table holds the KV cache (2 · 96 · 12.288 · 2 byte a token) and the attention share n / (6d + n)', () => {
    const frame = renderSlideAt(ContextCostSlide, 1);
    const rows = [...within(frame).getByTestId('cost-table').querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((c) => c.textContent),
    );
    // Hand-worked: 4096 · 4.718.592 byte = 19,33 GB; share 4096 / (73.728 + 4096) = 5,3 %.
    expect(rows[0]).toEqual(['4k', '4.096', '19,33 GB', '5\u00a0%']);
    const kvPerToken = 2 * 96 * 12288 * 2;
    // 131.072 · 4.718.592 byte = 618,5 GB; 1.048.576 · 4.718.592 byte = 4.947,8 GB, from 1000 GB upward in TB.
    expect(CONTEXT_EXAMPLES.map((e) => e.tokens * kvPerToken)).toEqual([19_327_352_832, 618_475_290_624, 4_947_802_324_992]);
    expect(rows.map((r) => r[2])).toEqual(['19,33 GB', '618,5 GB', '4,95 TB']);
    expect(rows.map((r) => r[3])).toEqual(CONTEXT_EXAMPLES.map((e) => formatPercent(e.tokens / (6 * 12288 + e.tokens), 0)));
    setSlider(/^Kontextlänge/, 17);
    expect(text(frame, 'cost-now')).toBe(`● n = 131.072: Attention ${formatPercent(131072 / (73728 + 131072), 0).replace('\u00a0', ' ')} der Rechenarbeit`);
    setSlider(/^Kontextlänge/, 12);
  });

  it('hallucination: the bars equal the softmax demo JSON, the counts equal sampleMany, and „Ziehen“ draws anew', async () => {
    const frame = renderSlideAt(HallucinationSlide, 0);
    setSlider(/^Temperatur/, 1);
    const json = (await softmaxDemo(['--temperature', '1'])).json as { probabilities: number[] };
    expect([...frame.querySelectorAll('.bar-value')].map((e) => e.textContent)).toEqual(json.probabilities.map((p) => formatNumber(p)));

    const probabilities = traceWorkedExample(DEFAULT_PARAMS, { temperature: 1 }).probabilities;
    const round = Number(/Nr\. (\d+)/.exec(frame.textContent ?? '')![1]);
    const expectedCounts = (r: number) => sampleMany(probabilities, DRAWS_PER_ROUND, seedForRound(r)).counts;
    const shownCounts = () => [...frame.querySelectorAll('.ol-count strong')].map((e) => Number(e.textContent));
    expect(shownCounts()).toEqual(expectedCounts(round));
    expect(shownCounts().reduce((a, b) => a + b, 0)).toBe(DRAWS_PER_ROUND);
    expect(within(frame).getByTestId('hallucination-answers').querySelectorAll('li')).toHaveLength(DRAWS_PER_ROUND);

    fireEvent.click(within(frame).getByRole('button', { name: /Ziehen/ }));
    expect(shownCounts()).toEqual(expectedCounts(round + 1));
    const wrong = DRAWS_PER_ROUND - expectedCounts(round + 1)[0];
    expect(text(frame, 'hallucination-wrong')).toContain(`Falsch: ${wrong} von ${DRAWS_PER_ROUND}`);

    setSlider(/^Temperatur/, 0.1);
    const cold = sampleMany(traceWorkedExample(DEFAULT_PARAMS, { temperature: 0.1 }).probabilities, DRAWS_PER_ROUND, seedForRound(round + 1)).counts;
    expect(shownCounts()).toEqual(cold);
    setSlider(/^Temperatur/, 1);
  });
});

describe('Glossar', () => {
  const TARGETS: Record<string, string> = {
    Token: 'tokenisierung',
    Embedding: 'transformer',
    'Self-Attention': 'transformer',
    Logits: 'decoder-vorhersage',
    Softmax: 'softmax',
    'Cross-Entropy': 'cross-entropy',
    Backpropagation: 'backpropagation',
    'Gradient Descent': 'gradient-descent',
  };
  /** Where each example number is shown: E's five rows and e_von, the weight 0,58, ∂L/∂h; the others on their term's slide. */
  const EXAMPLE_TARGETS: Record<string, string> = {
    ...TARGETS,
    Token: 'self-attention',
    Embedding: 'self-attention',
    'Self-Attention': 'self-attention-gewichte',
  };

  it('every term keeps its outline definition and links to the slide that introduces it', async () => {
    const glossaryIndex = SLIDES.findIndex((s) => s.id === 'glossar');
    window.history.replaceState(null, '', `?slideIndex=${glossaryIndex}&stepIndex=0`);
    await prefetchAround(SLIDES, glossaryIndex, 1, 1);
    render(<LectureDeck slides={SLIDES} />);
    const frame = document.querySelector<HTMLElement>('.slide-frame[data-slide-title="Glossar (Auszug)"]')!;
    await within(frame).findAllByRole('link');
    expect(GLOSSARY).toHaveLength(8);
    for (const entry of GLOSSARY) {
      const index = SLIDES.findIndex((s) => s.id === TARGETS[entry.term]);
      expect(index, entry.term).toBeGreaterThanOrEqual(0);
      const link = within(frame).getByRole('link', { name: `${entry.term} → Folie ${index + 1}` });
      expect(link.getAttribute('href')).toBe(`?slideIndex=${index}&stepIndex=0`);
      expect(frame.textContent).toContain(entry.definition);
      // Where the example's numbers stand on another slide, the term's line links there too.
      const shows = SLIDES.findIndex((s) => s.id === EXAMPLE_TARGETS[entry.term]);
      const others = [...link.closest('dt')!.querySelectorAll('a')].filter((a) => a !== link);
      expect(others.map((a) => [a.textContent, a.getAttribute('href')]), entry.term).toEqual(
        shows === index ? [] : [[`Rechenbeispiel → Folie ${shows + 1}`, `?slideIndex=${shows}&stepIndex=0`]],
      );
    }
    expect(GLOSSARY.filter((entry) => entry.exampleSlideId !== entry.slideId).map((entry) => entry.term)).toEqual(['Token', 'Embedding', 'Self-Attention']);
  }, 30_000);
});

describe('Glossar: each term in the worked example', () => {
  /** The printed German number „−0,563“ as a JS number, and its digits after the comma. */
  const parse = (text: string) => ({ value: Number(text.replace('−', '-').replace(',', '.')), digits: text.split(',')[1]?.length ?? 0 });
  const lines = () => {
    const frame = renderSlideAt(GlossarySlide, 0);
    return [...frame.querySelectorAll('[data-testid=glossary-example]')].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
  };

  it('shows the example’s numbers under each term: hand-worked values, p − y recomputed, the Fazit’s learning step', () => {
    const trace = traceWorkedExample(DEFAULT_PARAMS);
    const vector = (values: readonly number[]) => `(${values.map((v) => formatNumber(v)).join('; ')})`;
    const step = conclusionChain();
    const shown = lines();
    expect(shown.filter((_, i) => i !== 5 && i !== 6)).toEqual([
      'Rechenbeispiel: „Paris ist die Hauptstadt von“: 5 Tokens',
      'Rechenbeispiel: evon = (0,00; 0,00; 0,00; 0,90)',
      'Rechenbeispiel: „von“ achtet am stärksten auf „Paris“ (0,58)',
      `Rechenbeispiel: z = ${vector(trace.logits)} für Frankreich, Deutschland, Spanien`,
      'Rechenbeispiel: P(Frankreich) = 0,44',
      `Rechenbeispiel: Schritt mit η = 0,5: P(Frankreich) 0,44 → ${formatNumber(step.pTargetAfterStep)}`,
    ]);
    // The terms' order is the outline's, so each line stands under its own term.
    expect(GLOSSARY.map((g) => g.term)).toEqual(['Token', 'Embedding', 'Self-Attention', 'Logits', 'Softmax', 'Cross-Entropy', 'Backpropagation', 'Gradient Descent']);
  });

  it('the cross-entropy line is a true equation at the digits it prints, with the cross-entropy slide’s P(Frankreich) and L', () => {
    const line = lines()[5];
    const match = /^Rechenbeispiel: L = −ln (\d+,\d+) = (\d+,\d+)$/.exec(line);
    expect(match, line).not.toBeNull();
    const [p, loss] = [parse(match![1]), parse(match![2])];
    // The printed left side, evaluated, rounds to the printed right side („−ln 0,44 = 0,83“ fails here: 0,82).
    expect(formatNumber(-Math.log(p.value), loss.digits)).toBe(match![2]);
    // P(Frankreich) by a plain softmax loop over the logits; the digits are the cross-entropy slide's (−ln 0,437 = 0,828).
    const trace = traceWorkedExample(DEFAULT_PARAMS);
    let sum = 0;
    for (const z of trace.logits) sum += Math.exp(z);
    const pTarget = Math.exp(trace.logits[trace.targetIndex]) / sum;
    expect([p.digits, loss.digits]).toEqual([3, 3]);
    expect(match![1]).toBe(formatNumber(pTarget, 3));
    expect(match![2]).toBe(formatNumber(-Math.log(pTarget), 3));
  });

  it('the backpropagation line shows ∂L/∂h, checked by central differences of L over h', () => {
    const line = lines()[6];
    const match = /^Rechenbeispiel: ∂L\/∂h = \((.+)\)$/.exec(line);
    expect(match, line).not.toBeNull();
    const shown = match![1].split('; ').map(parse);
    const trace = traceWorkedExample(DEFAULT_PARAMS);
    // L(h) = −ln softmax(W_out h + b)[Frankreich], by plain loops.
    const loss = (h: readonly number[]) => {
      const z = trace.W_out.map((row, k) => row.reduce((acc, w, m) => acc + w * h[m], trace.b[k]));
      const sum = z.reduce((acc, zk) => acc + Math.exp(zk), 0);
      return -Math.log(Math.exp(z[trace.targetIndex]) / sum);
    };
    const eps = 1e-6;
    const numeric = trace.h.map((_, m) => {
      const up = trace.h.map((v, i) => (i === m ? v + eps : v));
      const down = trace.h.map((v, i) => (i === m ? v - eps : v));
      return (loss(up) - loss(down)) / (2 * eps);
    });
    expect(shown).toHaveLength(trace.h.length);
    shown.forEach((s, m) => {
      expect(s.digits).toBe(3);
      expect(Math.abs(s.value - numeric[m])).toBeLessThanOrEqual(0.0005 + 1e-9);
    });
  });
});
