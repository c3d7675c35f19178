/**
 * The notes work for a student reading alone (issue 17): every note ends by naming the slide that
 * really follows (its title from the manifest, in „…“), no note or slide points „links“/„rechts“
 * (the reading view is one column) or gives stage directions, the two models keep their fixed names
 * („Rechenbeispiel“, „Mini-GPT“), and the wording a German editor flagged stays out. Text as the
 * reading view and the handout show it (src/readingText.tsx).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReadingText, textOfMarkup } from '../../src/readingText';
import type { ReadingText } from '../../src/features/reading/readingText';
import { SLIDES } from '../../slides';


/** What a German editor flagged, with the reason shown when it turns up. */
const WORDING: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /\b(nach |von |auf der |auf die )?(links|rechts)\b/i, why: 'keine Richtung: die Leseansicht ist einspaltig' },
  { pattern: /\b(Decken|Klicken|Schieben|Zeigen) Sie\b/, why: 'keine Regieanweisung' },
  { pattern: /Mini-Modell|Mini-Beispiel|Spielbeispiel|Spielmodell|Tiny ?GPT/i, why: 'feste Namen: „Rechenbeispiel“ und „Mini-GPT“' },
  { pattern: /\bdas (Terminal-)?Demo\b/, why: '„die Demo“' },
  { pattern: /zappelig|frisch gewürfelt|\bTricks?\b|\bEhrlich\b/i, why: 'umgangssprachlich' },
  { pattern: /Trefferquote Training|Ausgabe \(Logits\)/, why: 'Anglizismus, deutsch ausdrücken' },
  { pattern: /\bgenau so\b/, why: '„genauso“' },
  { pattern: /Hauptstadt von der\b/, why: 'kein Standarddeutsch: „Hauptstadt der …“' },
];

/** Sentences longer than this many words read as run-on sentences. */
const MAX_SENTENCE_WORDS = 60;

let text: ReadingText;
beforeAll(async () => {
  text = await renderReadingText();
}, 60_000);

const paragraphsOf = (html: string): string[] =>
  html
    .split(/<\/p>/)
    .map((part) => textOfMarkup(part).replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '');

function wordingProblems(id: string): string[] {
  const all = `${textOfMarkup(text[id].notes)}\n${text[id].body}`;
  const problems = WORDING.flatMap(({ pattern, why }) => {
    const found = all.match(pattern);
    return found ? [`„${found[0]}“: ${why}`] : [];
  });
  for (const sentence of textOfMarkup(text[id].notes).split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ„])/)) {
    const words = sentence.split(/\s+/).length;
    if (words > MAX_SENTENCE_WORDS) problems.push(`Satz mit ${words} Wörtern: „${sentence.slice(0, 60)} …“`);
  }
  return problems;
}

function transitionProblem(index: number): string | null {
  const next = SLIDES[index + 1];
  if (!next) return null;
  const last = paragraphsOf(text[SLIDES[index].id].notes).at(-1) ?? '';
  return last.includes(`„${next.title}“`) ? null : `der letzte Absatz nennt nicht „${next.title}“: „${last.slice(-120)}“`;
}

describe('notes for a student alone', () => {
  it('every note ends by naming the slide that really follows, by its title', () => {
    const problems = SLIDES.map((meta, i) => [meta.id, transitionProblem(i)] as const).filter(
      ([, problem]) => problem !== null,
    );
    expect(problems).toEqual([]);
  });

  it('no directions, stage directions, loose names, colloquialisms or run-on sentences in notes and slides', () => {
    const problems = SLIDES.map((meta) => [meta.id, wordingProblems(meta.id)] as const)
      .filter(([, found]) => found.length > 0);
    expect(problems).toEqual([]);
  });

  it('a table the notes name („die Tabelle „…““) carries that name on its slide', () => {
    const named = SLIDES.flatMap((meta) =>
      [...textOfMarkup(text[meta.id].notes).matchAll(/Tabelle „([^“]+)“/g)].map((m) => [meta.id, m[1]] as const),
    );
    expect(named.map(([id]) => id)).toContain('mini-gpt-beibringen');
    expect(named.filter(([id, name]) => !text[id].body.includes(name))).toEqual([]);
  });

  it('the checks catch what they are for', () => {
    const sample = (notes: string) => {
      text = { ...text, probe: { notes: `<p>${notes}</p>`, body: '' } };
      return wordingProblems('probe');
    };
    expect(sample('Rechts sehen Sie die Kurve.')).toHaveLength(1);
    expect(sample('Decken Sie die Punkte auf.')).toHaveLength(1);
    expect(sample('Unser Mini-Modell rechnet.')).toHaveLength(1);
    expect(sample('Das zeigt das Demo.')).toHaveLength(1);
    expect(sample('Die Hauptstadt von der Schweiz ist Bern.')).toHaveLength(1);
    expect(sample(`${'Wort '.repeat(MAX_SENTENCE_WORDS)}Ende.`)).toHaveLength(1);
    expect(sample('Die Hauptstadt der Schweiz ist Bern. Die Demo zeigt es.')).toEqual([]);
  });
});
