/**
 * The tiny-GPT slides in jsdom (static mode, as in the PDF handout): every number equals the model
 * functions' output formatted by src/format, a bad prompt shows the model's message naming the
 * word, and nothing broken reaches the text. The training hook falls back to the main thread where
 * there is no Worker (jsdom) and trains.
 */
import { act, fireEvent, render, renderHook, waitFor, within } from '@testing-library/react';
import { SlideStepProvider } from '../../src/shell/slideStep';
import { beforeEach, describe, expect, it } from 'vitest';
import { sharedStore } from '../../src/shell/sharedStore';
import { INITIAL_TRAINING_CONTROLS, useTrainingWorker } from '../../slides/useTrainingWorker';
import { formatInteger, formatNumber, formatPercent } from '../../src/format';
import {
  GENERATION_PROMPT,
  generationView,
  hallucinationView,
  SENTENCES,
  learnedView,
  learningView,
  VOCABULARY,
} from '../../src/model/tinyGpt';
import { TinyGptGenerationSlide } from '../../slides/TinyGptGenerationSlide';
import { TinyGptHallucinationSlide } from '../../slides/TinyGptHallucinationSlide';
import { TinyGptLearnedSlide } from '../../slides/TinyGptLearnedSlide';
import { PROBES_TITLE, TinyGptTeachSlide } from '../../slides/TinyGptTeachSlide';
import { TinyGptTrainingSlide } from '../../slides/TinyGptTrainingSlide';
import { StaticSlide } from '../../src/shell/StaticSlide';
import learnedMeta from '../../slides/TinyGptLearnedSlide.meta';
import { renderSlideBody } from './renderSlide';

const BROKEN = /NaN|Infinity|undefined/;
const text = (frame: HTMLElement, testId: string) => (within(frame).getByTestId(testId).textContent ?? '').replace(/\s+/g, ' ').trim();

beforeEach(() => {
  sharedStore.set('tinyGpt.training', INITIAL_TRAINING_CONTROLS);
  sharedStore.set('tinyGpt.prompt', GENERATION_PROMPT);
  sharedStore.set('tinyGpt.sampling', false);
  sharedStore.set('tinyGpt.seed', 1);
  sharedStore.set('tinyGpt.teach', { corpus: null, version: 0 });
  sharedStore.set('tinyGpt.teachPrompt', 'Die Hauptstadt von Deutschland ist');
});

describe('Ein Modell lernt', () => {
  const view = learningView();

  it('shows the corpus and the shipped run’s numbers', () => {
    const { frame } = renderSlideBody(TinyGptTrainingSlide, 0);
    expect(frame.textContent).not.toMatch(BROKEN);
    for (const t of view.templates) expect(frame.textContent).toContain(t);
    expect(frame.textContent).toContain(`„${view.heldOutSentences[0]}“`);
    expect(frame.textContent).toContain('zurückgehalten');
    // The three groups on screen add up to the corpus in the heading.
    expect(view.trainCount + view.heldOutCount + view.gapCount).toBe(view.sentenceCount);
    expect(text(frame, 'tiny-gpt-corpus-split')).toBe(`${view.trainCount} zum Üben. Die ${view.gapCount} Sätze über die Hauptstadt von ${view.gapCountry} fehlen im Training (für Abschnitt 9).`);
    expect(frame.textContent).toContain(`${formatInteger(view.parameterCount)} Parameter selbst`);
    expect(frame.textContent).toContain('von Hand gesetzt');
    expect(text(frame, 'tiny-gpt-train-accuracy')).toBe(formatPercent(view.training.trainAccuracy, 0).replace(/\s/g, ' '));
    expect(text(frame, 'tiny-gpt-heldout-accuracy')).toBe(formatPercent(view.training.heldOutAccuracy, 0).replace(/\s/g, ' '));
    expect(text(frame, 'tiny-gpt-loss')).toBe(`${formatNumber(view.training.trainLossFinal)} | ${formatNumber(view.training.heldOutLoss)}`);
    expect(text(frame, 'tiny-gpt-train-status')).toContain(`${view.training.steps} Schritte`);
    expect(within(frame).getByTestId('tiny-gpt-train-start').textContent).toBe('Trainieren');
    expect(within(frame).getByRole('slider', { name: 'Lernrate η' })).toBeTruthy();
  });

  it('shows the attention of „von“ per head on the click', () => {
    const { frame } = renderSlideBody(TinyGptTrainingSlide, 1);
    const cells = [...frame.querySelectorAll('.heatmap-cell')].map((c) => c.textContent);
    expect(cells).toEqual(view.shipped.heads.flatMap((h) => h.weights.map((w) => formatNumber(w))));
    expect(frame.textContent).not.toMatch(BROKEN);
  });
});

describe('Was hat es gelernt?', () => {
  const view = learnedView();

  it('names every head by what it does and shows the ablation table', () => {
    const { frame } = renderSlideBody(TinyGptLearnedSlide, 0);
    const names = within(frame).getByTestId('tiny-gpt-head-names');
    expect(names.querySelectorAll('li')).toHaveLength(4);
    expect(names.textContent).toContain('B1 · K1 schaut auf das erste Wort');
    const rows = within(frame).getByTestId('tiny-gpt-ablation').querySelectorAll('tbody tr');
    expect(rows).toHaveLength(5);
    expect(rows[0].textContent).toBe(`keiner${formatNumber(view.evidence.baseline[0])}${formatNumber(view.evidence.baseline[1])}`);
    expect(frame.textContent).not.toMatch(BROKEN);
  });

  it('says in the notes which heads the answer needs, in both directions', () => {
    const notesBox = document.createElement('div');
    document.body.append(notesBox);
    render(<StaticSlide meta={learnedMeta} Body={TinyGptLearnedSlide} step={0} notesTarget={notesBox} />);
    const notes = (notesBox.textContent ?? '').replace(/\s+/g, ' ');
    notesBox.remove();
    const [k1, k2, b21, b22] = view.evidence.heads;
    const { baseline } = view.evidence;
    // The shipped model: without either head of block 1 the lecture answer collapses, without a head of block 2 it holds.
    expect(k1.pWithout[0]).toBeLessThan(baseline[0] / 2);
    expect(k2.pWithout[0]).toBeLessThan(baseline[0] / 2);
    expect(Math.min(b21.pWithout[0], b22.pWithout[0])).toBeGreaterThan(baseline[0] / 2);
    expect(notes).toContain(`Auch ohne B1 · K2 bricht sie ein (${formatNumber(k2.pWithout[0])}; das Modell sagt dann „${k2.answerWithout[0]}“).`);
    expect(notes).toContain(`Ohne einen der Köpfe von Block 2 bleibt sie hoch (${formatNumber(b21.pWithout[0])} bzw. ${formatNumber(b22.pWithout[0])}).`);
    // The other way round block 1 is needed as well, and B2 · K2 too.
    expect(b22.pWithout[1]).toBeLessThan(baseline[1] / 2);
    expect(b21.pWithout[1]).toBeGreaterThan(baseline[1] / 2);
    expect(notes).toContain(`sind beide Köpfe von Block 1 ebenso unverzichtbar; dort zählt auch B2 · K2 (${formatNumber(b22.pWithout[1])}).`);
    expect(notes).toContain(`„${k1.answerWithout[0]}“ ist nur ein Verlegenheitswort`);
    expect(notes).not.toMatch(BROKEN);
  });

  it('swaps the city on the first click', () => {
    const { frame } = renderSlideBody(TinyGptLearnedSlide, 1);
    const rows = within(frame).getByTestId('tiny-gpt-swap').querySelectorAll('tbody tr');
    expect(Array.from(rows, (r) => r.querySelector('th')?.textContent)).toEqual(['Paris', 'Berlin', 'Lyon', 'Hamburg']);
    expect(rows[3].textContent).toContain('Deutschland');
  });

  it('shows the logit lens on the third click, for the lecture prompt and a typed one', () => {
    const { frame } = renderSlideBody(TinyGptLearnedSlide, 3);
    expect(within(frame).getByTestId('tiny-gpt-lens').querySelectorAll('tbody tr')).toHaveLength(3);
    expect(text(frame, 'tiny-gpt-lens-own')).toContain('Madrid');
    fireEvent.change(within(frame).getByTestId('tiny-gpt-lens-prompt'), { target: { value: 'Tokio liegt in' } });
    expect(text(frame, 'tiny-gpt-lens-error')).toBe('Das Wort „Tokio“ kennt das Modell nicht.');
  });

  it('shows the honest explained variance and separation with the embeddings on the second click', () => {
    const { frame } = renderSlideBody(TinyGptLearnedSlide, 2);
    const note = text(frame, 'tiny-gpt-variance');
    expect(note).toContain(`Beide Achsen zusammen zeigen ${formatPercent(view.explainedTotal, 1).replace(/\s/g, ' ')} der Streuung.`);
    expect(frame.textContent?.replace(/\s/g, ' ')).toContain(`1. Achse (${formatPercent(view.explainedVariance[0], 1).replace(/\s/g, ' ')} der Streuung)`);
    expect(note).toContain(`${view.representation.separatedFull} von ${view.representation.placeWords}`);
    // Every word is a point, named for screen readers; three groups by shape and colour.
    expect(frame.querySelectorAll('.scatter-plot .visually-hidden li')).toHaveLength(VOCABULARY.length);
    expect(frame.querySelectorAll('.scatter-legend li')).toHaveLength(3);
    expect(frame.textContent).not.toMatch(BROKEN);
  });
});

describe('Vom Token zur Antwort', () => {
  it('shows every step of the greedy loop with its top 3', () => {
    const view = generationView(GENERATION_PROMPT);
    if (!view.ok) throw new Error(view.message);
    const { frame } = renderSlideBody(TinyGptGenerationSlide, 0);
    const rows = within(frame).getByTestId('tiny-gpt-steps').querySelectorAll('tr');
    expect(rows).toHaveLength(view.rows.length);
    view.rows.forEach((row, i) => {
      for (const c of row.top) expect(rows[i].textContent).toContain(formatNumber(c.probability));
    });
    expect(text(frame, 'tiny-gpt-output')).toBe(`Ergebnis: ${view.text}`);
    expect(frame.textContent).not.toMatch(BROKEN);
  });

  it.each([
    ['Paris ist die Hauptstadt von Tokio', /„Tokio“/],
    ['', /Bitte einen Satzanfang/],
    ['Paris ist die Hauptstadt von Paris ist die Hauptstadt von', /zu lang/],
  ])('„%s“ gets the model’s message, never a crash', (prompt, message) => {
    const { frame } = renderSlideBody(TinyGptGenerationSlide, 0);
    fireEvent.change(within(frame).getByLabelText('Satzanfang'), { target: { value: prompt } });
    const alert = within(frame).getByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(within(frame).queryByTestId('tiny-gpt-steps')).toBeNull();
    expect(frame.textContent).not.toMatch(BROKEN);
  });

  it('samples with the temperature and draws again with a new seed', () => {
    const { frame } = renderSlideBody(TinyGptGenerationSlide, 0);
    const redraw = within(frame).getByTestId('tiny-gpt-redraw') as HTMLButtonElement;
    expect(redraw.disabled).toBe(true);
    fireEvent.click(within(frame).getByTestId('tiny-gpt-sample'));
    expect(redraw.disabled).toBe(false);
    fireEvent.click(redraw);
    const sampled = generationView(GENERATION_PROMPT, { temperature: 1, seed: 2 });
    if (!sampled.ok) throw new Error(sampled.message);
    expect(frame.textContent).toContain('Ziehung Nr. 2');
    expect(text(frame, 'tiny-gpt-output')).toBe(`Ergebnis: ${sampled.text}`);
  });
});

describe('Halluzination im Mini-GPT', () => {
  const view = hallucinationView();

  it('answers Zürich fluently, confidently and wrongly, and says why on the click', () => {
    const { frame } = renderSlideBody(TinyGptHallucinationSlide, 1);
    expect(text(frame, 'tiny-gpt-zurich')).toBe(`„${view.prompt}“ → ${view.answer}.`);
    expect(text(frame, 'tiny-gpt-zurich-p')).toBe(formatNumber(view.answerProbability));
    expect(frame.textContent).toContain(`→ ${view.reverse.answer}`);
    expect(frame.textContent).toContain(formatNumber(view.reverse.probability));
    expect(text(frame, 'tiny-gpt-why')).toBe(view.why);
    expect(view.answer).toBe('der Schweiz');
    expect(within(frame).queryByTestId('tiny-gpt-gap')).toBeNull();
    expect(view.reverse.answer).toBe('Bern');
    expect(view.why).toContain('So entsteht flüssig und sicher der Satz „Zürich ist die Hauptstadt von der Schweiz.“ – falsch, denn die Hauptstadt der Schweiz ist Bern.');
    expect(frame.textContent).not.toMatch(BROKEN);
  });

  it('notes: no doubled period after a quoted sentence, and the corpus claim about „von der Schweiz“ holds', () => {
    const notesBox = document.createElement('div');
    document.body.append(notesBox);
    render(<StaticSlide meta={learnedMeta} Body={TinyGptHallucinationSlide} step={2} notesTarget={notesBox} />);
    const notes = (notesBox.textContent ?? '').replace(/\s+/g, ' ');
    notesBox.remove();
    expect(notes).not.toMatch(/\.“\./);
    expect(notes).toContain('„Zürich liegt in der Schweiz“');
    expect(notes).toContain('Im Korpus heißt es „die Hauptstadt der Schweiz“.');
    expect(SENTENCES.some((s) => s.text.includes('die Hauptstadt der Schweiz'))).toBe(true);
    expect(SENTENCES.some((s) => s.text.includes('von der Schweiz'))).toBe(false);
  });
});

describe('Halluzination im Mini-GPT: the knowledge gap', () => {
  it('shows the fluent wrong capital on the second click', () => {
    const view = hallucinationView();
    const { frame } = renderSlideBody(TinyGptHallucinationSlide, 2);
    expect(text(frame, 'tiny-gpt-gap')).toBe(`„${view.gap.prompt}“ → ${view.gap.answer}.`);
    expect(text(frame, 'tiny-gpt-gap-p')).toBe(formatNumber(view.gap.probability));
    expect(view.gap.answer).not.toBe(view.gap.truth);
    expect(frame.textContent).not.toMatch(BROKEN);
  });
});

describe('Dem Mini-GPT etwas beibringen', () => {
  it('does not train in a preview or the handout, and says so', () => {
    sharedStore.set('tinyGpt.teach', { corpus: 'Bonn liegt in Deutschland.', version: 1 });
    const { frame } = renderSlideBody(TinyGptTeachSlide, 0);
    expect(text(frame, 'tiny-gpt-teach-status')).toContain('nicht in der Vorschau');
    expect(frame.textContent).not.toMatch(BROKEN);
  });

  it('answers with the lecture model, refuses bad input in German and keeps the model', () => {
    const { frame } = renderSlideBody(TinyGptTeachSlide, 0);
    expect(text(frame, 'tiny-gpt-teach-status')).toContain('Mini-GPT der Vorlesung');
    expect(text(frame, 'tiny-gpt-teach-answer')).toContain('Berlin');
    // The suggestions, answered by the lecture's model in both columns while nothing else is trained.
    const probes = [...within(frame).getByTestId('tiny-gpt-teach-probes').querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
    expect(probes.map((row) => row[0])).toEqual(['„Die Hauptstadt von Deutschland ist …“', '„Die Hauptstadt von Frankreich ist …“']);
    expect(probes.map((row) => row[1].split(' ')[0])).toEqual(['Berlin', 'Paris']);
    expect(probes.map((row) => row[2])).toEqual(probes.map((row) => row[1]));
    // One word for the input throughout: the field, the table's first column, the model's message.
    const table = within(frame).getByTestId('tiny-gpt-teach-probes');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Satzanfang', 'Vorlesung', 'aktuelles Modell']);
    expect(table.querySelector('caption')?.textContent).toBe(`${PROBES_TITLE}: wahrscheinlichstes nächstes Wort und seine Wahrscheinlichkeit`);
    expect(within(frame).getByLabelText('Satzanfang')).toBe(within(frame).getByTestId('tiny-gpt-teach-prompt'));
    expect(within(frame).getByRole('region', { name: 'Das Mini-GPT weiterschreiben lassen' }).contains(table)).toBe(true);
    fireEvent.change(within(frame).getByTestId('tiny-gpt-corpus'), { target: { value: '<script>alert(1)</script>' } });
    fireEvent.click(within(frame).getByTestId('tiny-gpt-retrain'));
    expect(text(frame, 'tiny-gpt-corpus-error')).toMatch(/^Das Zeichen „<“/);
    expect(frame.querySelector('script')).toBeNull();
    expect(text(frame, 'tiny-gpt-teach-status')).toContain('Mini-GPT der Vorlesung');
  });

  it('follows a corpus committed in another window (shared state) and trains it from scratch', async () => {
    const view = render(
      <SlideStepProvider value={{ step: 0, steps: 0, mode: 'reading', notesTarget: null }}>
        <TinyGptTeachSlide />
      </SlideStepProvider>,
    );
    const frame = view.container;
    act(() => sharedStore.set('tinyGpt.teach', { corpus: 'Bonn liegt in Deutschland.\nBerlin liegt in Deutschland.', version: 1 }));
    act(() => sharedStore.set('tinyGpt.teachPrompt', 'Bonn liegt in'));
    expect((within(frame).getByTestId('tiny-gpt-corpus') as HTMLTextAreaElement).value).toBe('Bonn liegt in Deutschland.\nBerlin liegt in Deutschland.');
    await waitFor(() => expect(text(frame, 'tiny-gpt-teach-status')).toMatch(/^Neues Mini-GPT: 2 Sätze, 6 Wörter/), { timeout: 20_000 });
    const answer = within(frame).getByTestId('tiny-gpt-teach-answer');
    expect(answer.textContent).toContain('„Bonn liegt in“');
    expect(answer.querySelector('li')?.textContent).toMatch(/^Deutschland/);
    // The new model has never read the question's words: its column says so in German, the lecture's still answers.
    const rows = within(frame).getByTestId('tiny-gpt-teach-probes').querySelectorAll('tbody tr');
    expect(rows[0].querySelectorAll('td')[0].textContent).toMatch(/^Berlin/);
    expect(rows[0].querySelectorAll('td')[1].textContent).toBe('Die Wörter „Die“, „Hauptstadt“, „von“, „ist“ kommen im Korpus nicht vor.');
  }, 30_000);
  it('says „nicht trainiert“, not „lernt noch“, when the training of a corpus from another window is refused', async () => {
    const view = render(
      <SlideStepProvider value={{ step: 0, steps: 0, mode: 'reading', notesTarget: null }}>
        <TinyGptTeachSlide />
      </SlideStepProvider>,
    );
    const frame = view.container;
    // An empty corpus never passes this window's „Neu trainieren“, but another window can share it; the training refuses it.
    act(() => sharedStore.set('tinyGpt.teach', { corpus: '', version: 1 }));
    await waitFor(() => expect(text(frame, 'tiny-gpt-teach-status')).toBe('Nicht trainiert'));
    expect(text(frame, 'tiny-gpt-corpus-error')).toMatch(/^Das Korpus ist leer/);
    const table = within(frame).getByTestId('tiny-gpt-teach-probes');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Satzanfang', 'Vorlesung', 'neu trainiert']);
    expect([...table.querySelectorAll('tbody tr')].map((row) => row.querySelectorAll('td')[1].textContent)).toEqual(['nicht trainiert', 'nicht trainiert']);
    expect(frame.textContent).not.toContain('lernt noch');
    view.unmount();
  });
});

describe('useTrainingWorker', () => {
  it('shows the shipped run until asked, then trains (on the main thread without Worker) and stops on unmount', async () => {
    const { result, rerender, unmount } = renderHook((controls) => useTrainingWorker(controls, true), {
      initialProps: { ...INITIAL_TRAINING_CONTROLS },
    });
    expect(result.current.snapshot).toBeNull();
    rerender({ ...INITIAL_TRAINING_CONTROLS, running: true, runs: 1, resets: 1 });
    expect(result.current.backend).toBe('main-thread');
    await waitFor(() => expect(result.current.snapshot?.step ?? 0).toBeGreaterThan(0), { timeout: 20_000 });
    expect(result.current.heldOut.length).toBeGreaterThan(0);
    act(() => rerender({ ...INITIAL_TRAINING_CONTROLS, running: false, runs: 1, resets: 1 }));
    await waitFor(() => expect(result.current.running).toBe(false));
    unmount();
  }, 30_000);
});
