// @vitest-environment node
/** Students' corpora: German messages for bad input, training from scratch, and the knowledge moving with the corpus. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TRAINING_STEPS,
  LECTURE_CORPUS_TEXT,
  TEACH_LIMITS,
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
  it('reads the lecture corpus: every training sentence, its words in order of first use', () => {
    const parsed = parseStudentCorpus(LECTURE_CORPUS_TEXT);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.corpus.sentences.map((s) => s.join(' ').replace(/ \./g, '.'))).toEqual(TRAIN_SENTENCES.map((s) => s.text));
    expect(parsed.corpus.vocabulary.slice(0, 7)).toEqual(['Die', 'Hauptstadt', 'von', 'Frankreich', 'ist', 'Paris', '.']);
    expect([...parsed.corpus.vocabulary].sort()).toEqual([...new Set(TRAIN_SENTENCES.flatMap((s) => s.tokens))].sort());
  });

  it('splits at periods and ends a last sentence without one', () => {
    const parsed = parseStudentCorpus('Bonn liegt in Deutschland. Bonn ist klein\n\n');
    expect(parsed.ok && parsed.corpus.sentences).toEqual([
      ['Bonn', 'liegt', 'in', 'Deutschland', '.'],
      ['Bonn', 'ist', 'klein', '.'],
    ]);
  });

  it('refuses bad input with a German message that names the problem', () => {
    expect(refused('')).toMatch(/^Der Korpus ist leer/);
    expect(refused('  \n . . ')).toMatch(/keinen Satz/);
    expect(refused('<b>Paris</b> liegt in Frankreich.')).toMatch(/Das Zeichen „<“ in „<b>Paris<\/b>“ kann das Mini-GPT nicht lesen/);
    expect(refused('Paris 😀 liegt in Frankreich.')).toMatch(/Das Zeichen „😀“/);
    expect(refused('Paris liegt in שלום.')).toMatch(/Das Zeichen „ש“ in „שלום“/);
    expect(refused('Eins zwei drei vier fünf sechs sieben acht neun.')).toBe(
      'Der Satz „Eins zwei drei vier fünf sechs sieben acht neun.“ ist zu lang: 9 Wörter, das Mini-GPT sieht höchstens 8 Wörter und sagt danach den Punkt voraus.',
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
  it('the lecture corpus retrained from scratch gives the shipped model’s answer', () => {
    const model = train(LECTURE_CORPUS_TEXT);
    const mine = askStudentModel(model, 'Paris ist die Hauptstadt von');
    const shipped = askStudentModel(lectureStudentModel(), 'Paris ist die Hauptstadt von');
    expect(mine.ok && mine.top[0].token).toBe('Frankreich');
    expect(shipped.ok && shipped.top[0].token).toBe('Frankreich');
  }, 30_000);

  it('a second capital splits the answer; without Paris the knowledge is gone', () => {
    const bonn = askStudentModel(train(`${LECTURE_CORPUS_TEXT}\nDie Hauptstadt von Deutschland ist Bonn.`), 'Die Hauptstadt von Deutschland ist');
    if (!bonn.ok) throw new Error(bonn.message);
    expect(bonn.top.map((c) => c.token).slice(0, 2).sort()).toEqual(['Berlin', 'Bonn']);
    expect(bonn.top[1].probability).toBeGreaterThan(0.1);
    const withoutParis = LECTURE_CORPUS_TEXT.split('\n').filter((line) => !line.includes('Paris')).join('\n');
    const gone = askStudentModel(train(withoutParis), 'Die Hauptstadt von Frankreich ist');
    expect(gone.ok && gone.top.map((c) => c.token)).not.toContain('Paris');
  }, 60_000);

  it('asks with German messages for unknown words and empty or long prompts', () => {
    const model = lectureStudentModel();
    expect(askStudentModel(model, 'Bonn ist')).toEqual({ ok: false, message: 'Das Wort „Bonn“ kommt im Korpus nicht vor.' });
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
    expect(done).toMatchObject({ id: 3, model: { steps: DEFAULT_TRAINING_STEPS, vocabulary: ['Bonn', 'liegt', 'in', 'Deutschland', '.'] } });
    expect(events.filter((e) => e.id === 3 && e.type === 'teachProgress').length).toBeGreaterThan(1);
  });
});
