// @vitest-environment node
/** The tiny GPT's demos: JSON shapes, the same numbers as the slide functions, German usage errors. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/demos/cli';
import { generateDemo } from '../../src/demos/generate';
import { trainDemo } from '../../src/demos/train';
import { SHIPPED_MODEL, VOCABULARY, generationSlide, hallucinationSlide, shippedTrainingReport } from '../../src/model/tinyGpt';

async function cli(argv: readonly string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('train demo', () => {
  it('--json has the training block of the shipped run with the default settings', async () => {
    const { code, stdout } = await cli(['train', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { training: Record<string, unknown> };
    expect(Object.keys(json.training).sort()).toEqual(['heldOut', 'heldOutAccuracy', 'seed', 'steps', 'trainAccuracy', 'trainLoss']);
    const report = shippedTrainingReport();
    expect(json.training.trainLoss).toEqual(SHIPPED_MODEL.trainLoss);
    expect(json.training.heldOutAccuracy).toBe(report.heldOutAccuracy);
    expect(json.training.heldOut).toEqual(report.heldOut.map(({ prompt, target, predicted, pTarget }) => ({ prompt, target, predicted, pTarget })));
  });

  it('prints German tables and honours --steps and --seed', async () => {
    const { text, json } = await trainDemo(['--steps', '3', '--seed', '2']);
    expect(text).toContain('3 Schritte AdamW');
    expect(text).toContain('Seed 2');
    expect(text).toContain('Zurückgehaltene Sätze');
    expect((json as { training: { steps: number; seed: number } }).training).toMatchObject({ steps: 3, seed: 2 });
  });

  it('rejects a bad step count with exit code 2', async () => {
    const { code, stderr } = await cli(['train', '--steps', '0']);
    expect(code).toBe(2);
    expect(stderr).toContain('--steps muss ≥ 1');
  });
});

describe('generate demo', () => {
  it('--json has config, vocabulary, weights, prompt, steps and training', async () => {
    const { code, stdout } = await cli(['generate', '--prompt', 'Paris ist die Hauptstadt von', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json).sort()).toEqual(['config', 'prompt', 'steps', 'training', 'vocabulary', 'weights']);
    expect(json.vocabulary).toEqual(VOCABULARY);
    expect(json.prompt).toEqual({ text: 'Paris ist die Hauptstadt von', tokens: ['Paris', 'ist', 'die', 'Hauptstadt', 'von'], ids: json.prompt.ids });
    expect(json.steps[0].next).toBe('Frankreich');
    const { config } = json;
    expect(json.steps[0].attention).toHaveLength(config.nLayers);
    expect(json.steps[0].attention[0]).toHaveLength(config.nHeads);
    expect(json.steps[0].attention[0][0]).toHaveLength(5);
    expect(json.steps[0].logits).toHaveLength(VOCABULARY.length);
    expect(json.weights.tokenEmbedding).toHaveLength(VOCABULARY.length);
    expect(json.weights.tokenEmbedding[0]).toHaveLength(config.dModel);
    expect(json.weights.layers[0].W_1[0]).toHaveLength(config.dFF);
    expect(Object.keys(json.weights.layers[0]).sort()).toEqual(
      ['W_1', 'W_2', 'W_K', 'W_O', 'W_Q', 'W_V', 'b_1', 'b_2', 'b_K', 'b_O', 'b_Q', 'b_V', 'ln1', 'ln2'],
    );
    expect(json.weights.W_out[0]).toHaveLength(VOCABULARY.length);
  });

  it('shows the hallucination with the same numbers as the slide', async () => {
    const { text } = await generateDemo(['--prompt', 'Zürich ist die Hauptstadt von']);
    const slide = hallucinationSlide();
    expect(text).toContain('„Zürich ist die Hauptstadt von der Schweiz.“');
    const p = slide.answerSteps[0].probability.toFixed(4).replace('.', ',');
    expect(text).toContain(`gewählt: „der“ mit p = ${p}`);
  });

  it('samples reproducibly with --temperature and --seed', async () => {
    const a = await generateDemo(['--prompt=Bern liegt in', '--temperature', '1,5', '--seed', '9']);
    const b = await generateDemo(['--prompt=Bern liegt in', '--temperature', '1,5', '--seed', '9']);
    expect(a.text).toBe(b.text);
    expect(a.text).toContain('T = 1,5, Seed 9');
  });

  it('--top-k 1 and a tiny --top-p draw the most probable word, as greedy does', async () => {
    const greedy = generationSlide('Bern liegt in');
    for (const cut of [['--top-k', '1'], ['--top-p', '0,01']]) {
      const { json, text } = await generateDemo(['--prompt=Bern liegt in', '--temperature', '2', '--seed', '3', ...cut]);
      expect((json as { steps: { next: string }[] }).steps.map((s) => s.next)).toEqual(greedy.ok && greedy.generated);
      expect(text).toContain('übrig nach dem Schnitt: 1 von');
      expect(text).toContain('p nach Schnitt');
    }
  });

  it('--top-k K keeps K words, renormalised; the table shows the cut distribution', async () => {
    const { text } = await generateDemo(['--prompt=Die Hauptstadt von Spanien ist', '--temperature', '1', '--top-k', '3']);
    expect(text).toContain('vor dem Ziehen Top-k = 3');
    expect(text).toContain('übrig nach dem Schnitt: 3 von');
    // The first table's cut column: three words, renormalised by hand from the p column.
    const table = text.split('Die 5 wahrscheinlichsten')[1].split('übrig')[0];
    const rows = table.split('\n').filter((line) => /^│ \S/.test(line) && !line.includes('Wort'));
    const numbers = rows.map((line) => line.split('│').slice(2, 5).map((cell) => Number(cell.trim().replace(',', '.'))));
    expect(numbers).toHaveLength(5);
    const top3 = numbers.slice(0, 3).reduce((sum, [, p]) => sum + p, 0);
    numbers.forEach(([, p, cut], i) => expect(cut).toBeCloseTo(i < 3 ? p / top3 : 0, 3));
  });

  it('names the top-p cut as a cut of the top-k words only when --top-k is set, and rescales only when something is cut', async () => {
    const prompt = '--prompt=Die Hauptstadt von Ungarn ist';
    const both = (await generateDemo([prompt, '--temperature', '1', '--top-k', '3', '--top-p', '0,8'])).text;
    expect(both).toContain('Top-k = 3 (nur die 3 wahrscheinlichsten Wörter), dann Top-p = 0,8 (davon nur die wahrscheinlichsten, bis ihre Summe 0,8 erreicht), der Rest neu auf die Summe 1 skaliert');
    const onlyP = (await generateDemo([prompt, '--temperature', '1', '--top-p', '0,8'])).text;
    expect(onlyP).toContain('vor dem Ziehen Top-p = 0,8 (nur die wahrscheinlichsten Wörter, bis ihre Summe 0,8 erreicht), der Rest neu auf die Summe 1 skaliert');
    expect(onlyP).not.toContain('davon');
    const whole = (await generateDemo([prompt, '--temperature', '1', '--top-p', '1'])).text;
    expect(whole).toContain('vor dem Ziehen Top-p = 1 (nur die wahrscheinlichsten Wörter, bis ihre Summe 1 erreicht)');
    expect(whole).not.toContain('neu auf die Summe 1 skaliert');
  });

  it('bad --top-k and --top-p values exit with code 2 and a German message', async () => {
    for (const [args, message] of [
      [['--top-k', '0'], `--top-k muss ≥ 1 und ≤ ${VOCABULARY.length} sein, bekommen: „0“`],
      [['--top-k', '2,5'], '--top-k erwartet eine ganze Zahl, bekommen: „2,5“'],
      [['--top-p', '0'], '--top-p muss > 0 und ≤ 1 sein, bekommen: „0“'],
      [['--top-p', '1,5'], '--top-p muss > 0 und ≤ 1 sein, bekommen: „1,5“'],
      [['--top-p', 'viel'], '--top-p erwartet eine Zahl, bekommen: „viel“'],
      [['--top-k'], '--top-k braucht einen Wert (K)'],
    ] as const) {
      const { code, stderr, stdout } = await cli(['generate', '--temperature', '1', ...args]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(message);
    }
  });

  it('greedy with --top-k says that the cut applies only when drawing', async () => {
    const { text } = await generateDemo(['--top-k', '3']);
    expect(text).toContain('Top-k und Top-p wirken nur beim Ziehen (T > 0)');
    expect(text).not.toContain('p nach Schnitt');
  });

  it('an unknown word exits with code 2 and names the word', async () => {
    const { code, stderr, stdout } = await cli(['generate', '--prompt', 'Tokio ist die Hauptstadt von']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Das Wort „Tokio“ kennt das Modell nicht.');
  });
});
