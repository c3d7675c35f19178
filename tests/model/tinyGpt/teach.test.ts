// @vitest-environment node
/** Students' corpora: German messages for bad input, training from scratch, and the knowledge moving with the corpus. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TRAINING_STEPS,
  BONN_CAPITAL,
  BONN_REVERSED,
  LECTURE_CORPUS_TEXT,
  PARIS_CAPITAL_SENTENCES,
  TEACH_LIMITS,
  TOKEN_GROUPS,
  VOCABULARY,
  TRAIN_SENTENCES,
  askStudentModel,
  createStudentTrainer,
  createTeachSession,
  lectureStudentModel,
  parseStudentCorpus,
  type StudentModel,
  type TeachEvent,
} from '../../../src/model/tinyGpt';

function train(text: string): StudentModel {
  const parsed = parseStudentCorpus(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const trainer = createStudentTrainer(parsed.corpus);
  trainer.step(DEFAULT_TRAINING_STEPS);
  return trainer.result();
}

const refused = (text: string) => {
  const parsed = parseStudentCorpus(text);
  return parsed.ok ? null : parsed.message;
};

describe('parseStudentCorpus', () => {
  it('reads the lecture corpus: every training sentence, the lecture’s vocabulary in the lecture’s order', () => {
    const parsed = parseStudentCorpus(LECTURE_CORPUS_TEXT);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.corpus.sentences.map((s) => s.join(' ').replace(/ \./g, '.'))).toEqual(TRAIN_SENTENCES.map((s) => s.text));
    expect(parsed.corpus.vocabulary).toEqual(VOCABULARY);
  });

  it('keeps the lecture’s order for known words and appends new words in order of first use', () => {
    const parsed = parseStudentCorpus('Bonn liegt in Deutschland.\nKoblenz liegt in Deutschland.');
    if (!parsed.ok) throw new Error(parsed.message);
    const known = ['liegt', 'in', 'Deutschland', '.'].sort((a, b) => VOCABULARY.indexOf(a) - VOCABULARY.indexOf(b));
    expect(parsed.corpus.vocabulary).toEqual([...known, 'Bonn', 'Koblenz']);
  });

  it('ends a sentence at a period and at a line break, never across lines', () => {
    const parsed = parseStudentCorpus('Bonn liegt in Deutschland. Bonn ist klein\nBern liegt\r\nin der Schweiz\n\n');
    expect(parsed.ok && parsed.corpus.sentences).toEqual([
      ['Bonn', 'liegt', 'in', 'Deutschland', '.'],
      ['Bonn', 'ist', 'klein', '.'],
      ['Bern', 'liegt', '.'],
      ['in', 'der', 'Schweiz', '.'],
    ]);
    expect(refused('Eins zwei drei vier fünf\nsechs sieben acht neun zehn')).toBeNull();
  });

  it('refuses bad input with a German message that names the problem', () => {
    expect(refused('')).toMatch(/^Das Korpus ist leer/);
    expect(refused('  \n . . ')).toMatch(/keinen Satz/);
    expect(refused('<b>Paris</b> liegt in Frankreich.')).toMatch(/Das Zeichen „<“ in „<b>Paris<\/b>“ kann das Mini-GPT nicht lesen/);
    expect(refused('Paris 😀 liegt in Frankreich.')).toMatch(/Das Zeichen „😀“/);
    expect(refused('Paris liegt in שלום.')).toMatch(/Das Zeichen „ש“ in „שלום“/);
    expect(refused('Eins zwei drei vier fünf sechs sieben acht neun.')).toBe(
      'Der Satz „Eins zwei drei vier fünf sechs sieben acht neun.“ ist zu lang: Er hat 9 Wörter vor dem Punkt, das Mini-GPT sieht höchstens 8.',
    );
    expect(refused('A.\n'.repeat(10_000))).toBe(`Zu viele Sätze: 10.000, höchstens ${TEACH_LIMITS.maxSentences} – sonst dauert das Training zu lange.`);
    expect(refused('x'.repeat(TEACH_LIMITS.maxCharacters + 1))).toMatch(/^Der Text ist zu lang/);
    expect(refused(Array.from({ length: 101 }, (_, i) => `w${i}a w${i}b w${i}c w${i}d.`).join('\n'))).toMatch(/^Zu viele verschiedene Wörter: 405,/);
  });

  it('takes eight words before the period, the context length', () => {
    expect(refused('Eins zwei drei vier fünf sechs sieben acht.')).toBeNull();
  });
});

describe('teaching', () => {
  it('the unchanged lecture corpus retrained from scratch reproduces the shipped model', () => {
    const model = train(LECTURE_CORPUS_TEXT);
    const shipped = lectureStudentModel();
    expect(model.vocabulary).toEqual(shipped.vocabulary);
    expect(model.trainLoss).toEqual(shipped.trainLoss);
    expect(model.weights).toEqual(shipped.weights);
  }, 30_000);

  it('a second capital splits the answer', () => {
    const bonn = askStudentModel(train(`${LECTURE_CORPUS_TEXT}\n${BONN_CAPITAL}`), 'Die Hauptstadt von Deutschland ist');
    if (!bonn.ok) throw new Error(bonn.message);
    expect(bonn.top.map((c) => c.token).slice(0, 2).sort()).toEqual(['Berlin', 'Bonn']);
    expect(bonn.top[1].probability).toBeGreaterThan(0.1);
  }, 30_000);

  it('read only the other way round, Bonn does not become the answer (the reversal curse)', () => {
    const reversed = askStudentModel(train(`${LECTURE_CORPUS_TEXT}\n${BONN_REVERSED}`), 'Die Hauptstadt von Deutschland ist');
    if (!reversed.ok) throw new Error(reversed.message);
    expect(reversed.top[0].token).toBe('Berlin');
  }, 30_000);

  it('without the two sentences naming Paris as capital, the model still knows Paris but not as capital', () => {
    const lines = LECTURE_CORPUS_TEXT.split('\n');
    const kept = lines.filter((line) => !PARIS_CAPITAL_SENTENCES.includes(line));
    expect(lines.length - kept.length).toBe(2);
    const model = train(kept.join('\n'));
    expect(model.vocabulary).toContain('Paris');
    const answer = askStudentModel(model, 'Die Hauptstadt von Frankreich ist');
    if (!answer.ok) throw new Error(answer.message);
    expect(answer.top[0].token).not.toBe('Paris');
    expect(model.vocabulary.filter((w) => TOKEN_GROUPS[VOCABULARY.indexOf(w)] === 'city')).toContain(answer.top[0].token);
  }, 30_000);

  it('asks with German messages for unknown words and empty or long prompts', () => {
    const model = lectureStudentModel();
    expect(askStudentModel(model, 'Bonn ist')).toEqual({ ok: false, message: 'Das Wort „Bonn“ kommt im Korpus nicht vor.' });
    expect(askStudentModel(model, 'Bonn Bonn Koblenz ist')).toEqual({ ok: false, message: 'Die Wörter „Bonn“, „Koblenz“ kommen im Korpus nicht vor.' });
    expect(askStudentModel(model, ' ')).toMatchObject({ ok: false });
    expect(askStudentModel(model, 'die die die die die die die die die')).toMatchObject({ ok: false, message: expect.stringMatching(/zu lang: 9 Wörter/) });
  });

  it('the session trains in slices, reports progress, and a newer command cancels an older one', () => {
    const events: TeachEvent[] = [];
    const tasks: (() => void)[] = [];
    let clock = 0;
    const session = createTeachSession({ post: (e) => events.push(e), schedule: (t) => tasks.push(t), now: () => (clock += 30) });
    session.handle({ type: 'teach', id: 1, corpus: 'Bonn liegt in Deutschland.' });
    session.handle({ type: 'teach', id: 2, corpus: '<script>' });
    session.handle({ type: 'teach', id: 3, corpus: 'Bonn liegt in Deutschland.' });
    while (tasks.length > 0) tasks.shift()?.();
    expect(events.filter((e) => e.id === 1 && e.type !== 'teachProgress')).toEqual([]);
    expect(events.find((e) => e.id === 2)).toMatchObject({ type: 'teachRefused', message: expect.stringMatching(/„<“/) });
    const done = events.find((e) => e.type === 'taught');
    expect(done).toMatchObject({ id: 3, model: { steps: DEFAULT_TRAINING_STEPS, vocabulary: expect.arrayContaining(['Bonn', 'liegt', 'in', 'Deutschland', '.']) } });
    expect(done?.type === 'taught' && done.model.vocabulary.length).toBe(5);
    expect(events.filter((e) => e.id === 3 && e.type === 'teachProgress').length).toBeGreaterThan(1);
  });
});
