/**
 * The tiny GPT's word-level vocabulary and tokenizer, built from the corpus: the template words
 * first, then the cities, then the countries. Id = index.
 */
import { CITY_FACTS, COUNTRIES, SENTENCES } from './corpus';

/** The role a token plays, for colouring the embedding plot. */
export type TokenGroup = 'city' | 'country' | 'other';

const CITIES = CITY_FACTS.map((f) => f.city);
const COUNTRY_NAMES = COUNTRIES.map((c) => c.name);

function templateWords(): string[] {
  const words: string[] = [];
  for (const sentence of SENTENCES) {
    for (const token of sentence.tokens) {
      if (!CITIES.includes(token) && !COUNTRY_NAMES.includes(token) && !words.includes(token)) words.push(token);
    }
  }
  return words;
}

/** All tokens, index = id. */
export const VOCABULARY: readonly string[] = [...templateWords(), ...CITIES, ...COUNTRY_NAMES];

/** Group of every token, index = id. */
export const TOKEN_GROUPS: readonly TokenGroup[] = VOCABULARY.map((token) =>
  CITIES.includes(token) ? 'city' : COUNTRY_NAMES.includes(token) ? 'country' : 'other',
);

const ID_OF = new Map(VOCABULARY.map((token, id) => [token, id]));

/** Id of a known token; throws for an unknown one (use {@link parsePrompt} for user input). */
export function tokenId(token: string): number {
  const id = ID_OF.get(token);
  if (id === undefined) throw new Error(`tokenId: unknown token "${token}"`);
  return id;
}

/** Splits text into words, with „." as a token of its own: "Bern liegt in der Schweiz." → […, "Schweiz", "."]. */
export function splitWords(text: string): string[] {
  return text.replace(/\./g, ' . ').split(/\s+/).filter((w) => w.length > 0);
}

/** A parsed prompt, or why it cannot be used. Never throws. */
export type PromptResult =
  | { readonly ok: true; readonly text: string; readonly tokens: readonly string[]; readonly ids: readonly number[] }
  | { readonly ok: false; readonly message: string };

function quoted(word: string): string {
  return `„${word}“`;
}

/**
 * Parses a prompt against the vocabulary. German messages for an empty prompt, a prompt longer than
 * `contextLength` words and unknown words (`Das Wort „Tokio“ kennt das Modell nicht.`).
 */
export function parsePrompt(text: string, contextLength: number): PromptResult {
  const tokens = splitWords(text);
  if (tokens.length === 0) {
    return { ok: false, message: 'Bitte einen Satzanfang eingeben, zum Beispiel „Paris ist die Hauptstadt von“.' };
  }
  const unknown = tokens.filter((t, i) => !ID_OF.has(t) && tokens.indexOf(t) === i);
  if (unknown.length > 0) {
    const hints = unknown
      .map((word) => [word, VOCABULARY.find((v) => v.toLowerCase() === word.toLowerCase())] as const)
      .filter(([, match]) => match !== undefined)
      .map(([word, match]) => ` Statt ${quoted(word)} vielleicht ${quoted(match ?? '')}?`)
      .join('');
    const message =
      unknown.length === 1
        ? `Das Wort ${quoted(unknown[0])} kennt das Modell nicht.`
        : `Die Wörter ${unknown.map(quoted).join(', ')} kennt das Modell nicht.`;
    return { ok: false, message: message + hints };
  }
  if (tokens.length > contextLength) {
    return {
      ok: false,
      message: `Der Satzanfang ist zu lang: ${tokens.length} Wörter, das Modell sieht höchstens ${contextLength}.`,
    };
  }
  return { ok: true, text: text.trim(), tokens, ids: tokens.map(tokenId) };
}
