/**
 * The tiny GPT's corpus: German sentences over capital and country facts in five templates, plus a
 * few cities that are not capitals. Word-level tokens; „." is a token of its own.
 *
 * Held out (never trained on) are ten sentences, two per template, among them the lecture's own
 * sentence „Paris ist die Hauptstadt von Frankreich." The model sees Paris and Frankreich together
 * only in the other templates and has to transfer the fact. Held out too is a knowledge gap
 * ({@link GAP_FACT}): every sentence naming that country's capital.
 *
 * Grammar (standard German): every country is written without an article except die Schweiz:
 * „in der Schweiz" (dative) and „die Hauptstadt der Schweiz" (genitive), so the capital templates
 * read „Bern ist die Hauptstadt der Schweiz." and „Die Hauptstadt der Schweiz ist Bern." Zürich,
 * Genf and Basel lie in der Schweiz but are not capitals, so „Zürich ist die Hauptstadt" asks a
 * question with a false premise: Bern is the capital.
 * The template „In Y liegt X." is left out on purpose: with several cities per country its answer
 * would be ambiguous, and training accuracy could never reach 100 %.
 */

/** A country and how it is written after „Hauptstadt" and after „in". */
export interface Country {
  /** The country's name, e.g. "Frankreich", "Schweiz". */
  readonly name: string;
  /** The words after „in": ["Frankreich"] or ["der", "Schweiz"] (dative). */
  readonly phrase: readonly string[];
  /** The words after „Hauptstadt": ["von", "Frankreich"], or the genitive ["der", "Schweiz"]. */
  readonly of: readonly string[];
  /** Words of {@link of} that belong to the question, not to the answer: 1 for „von", 0 for „der". */
  readonly ofPrefix: number;
}

/** A city and the country it lies in. */
export interface CityFact {
  readonly city: string;
  readonly country: Country;
  /** True if the city is the country's capital. */
  readonly capital: boolean;
}

function country(name: string, article?: string): Country {
  return article
    ? { name, phrase: [article, name], of: [article, name], ofPrefix: 0 }
    : { name, phrase: [name], of: ['von', name], ofPrefix: 1 };
}

const SCHWEIZ = country('Schweiz', 'der');

const CAPITALS: readonly (readonly [city: string, country: Country])[] = [
  ['Paris', country('Frankreich')],
  ['Berlin', country('Deutschland')],
  ['Rom', country('Italien')],
  ['Madrid', country('Spanien')],
  ['Lissabon', country('Portugal')],
  ['Wien', country('Österreich')],
  ['Bern', SCHWEIZ],
  ['Warschau', country('Polen')],
  ['Stockholm', country('Schweden')],
  ['Oslo', country('Norwegen')],
  ['Helsinki', country('Finnland')],
  ['Kopenhagen', country('Dänemark')],
  ['Athen', country('Griechenland')],
  ['Budapest', country('Ungarn')],
  ['Prag', country('Tschechien')],
  ['Dublin', country('Irland')],
  ['Brüssel', country('Belgien')],
  ['Zagreb', country('Kroatien')],
  ['Moskau', country('Russland')],
  ['Kairo', country('Ägypten')],
  ['Nairobi', country('Kenia')],
  ['Ottawa', country('Kanada')],
  ['Lima', country('Peru')],
  ['Peking', country('China')],
  ['Canberra', country('Australien')],
];

const countryOf = (name: string): Country => {
  const found = CAPITALS.find(([, c]) => c.name === name);
  if (!found) throw new Error(`corpus: no country ${name}`);
  return found[1];
};

/** Cities that are not capitals: they appear only in „liegt in" and „ist eine Stadt in". */
const OTHER_CITIES: readonly (readonly [city: string, country: string])[] = [
  ['Zürich', 'Schweiz'],
  ['Genf', 'Schweiz'],
  ['Basel', 'Schweiz'],
  ['Hamburg', 'Deutschland'],
  ['München', 'Deutschland'],
  ['Mailand', 'Italien'],
  ['Barcelona', 'Spanien'],
  ['Lyon', 'Frankreich'],
];

/** Every city of the corpus with its country, capitals first. */
export const CITY_FACTS: readonly CityFact[] = [
  ...CAPITALS.map(([city, c]) => ({ city, country: c, capital: true })),
  ...OTHER_CITIES.map(([city, c]) => ({ city, country: countryOf(c), capital: false })),
];

/** The countries of the corpus, in the order of {@link CITY_FACTS}. */
export const COUNTRIES: readonly Country[] = CAPITALS.map(([, c]) => c);

/** Identifier of a sentence template. */
export type TemplateId = 'capitalOf' | 'capitalIs' | 'capitalNamed' | 'liesIn' | 'cityIn';

/** A sentence template: which facts it is used for and how it splits into prefix, answer, rest. */
export interface Template {
  readonly id: TemplateId;
  /** The pattern as it reads on a slide. */
  readonly pattern: string;
  /** Only for capitals, or for every city. */
  readonly capitalsOnly: boolean;
  /** Words before the answer, the answer (the word or words that complete the fact), and the rest. */
  readonly build: (fact: CityFact) => { prefix: string[]; answer: string[]; rest: string[] };
}

export const TEMPLATES: readonly Template[] = [
  {
    id: 'capitalOf',
    pattern: 'X ist die Hauptstadt von Y.',
    capitalsOnly: true,
    build: (f) => ({
      prefix: [f.city, 'ist', 'die', 'Hauptstadt', ...f.country.of.slice(0, f.country.ofPrefix)],
      answer: f.country.of.slice(f.country.ofPrefix),
      rest: ['.'],
    }),
  },
  {
    id: 'capitalIs',
    pattern: 'Die Hauptstadt von Y ist X.',
    capitalsOnly: true,
    build: (f) => ({ prefix: ['Die', 'Hauptstadt', ...f.country.of, 'ist'], answer: [f.city], rest: ['.'] }),
  },
  {
    id: 'capitalNamed',
    pattern: 'Die Hauptstadt von Y heißt X.',
    capitalsOnly: true,
    build: (f) => ({ prefix: ['Die', 'Hauptstadt', ...f.country.of, 'heißt'], answer: [f.city], rest: ['.'] }),
  },
  {
    id: 'liesIn',
    pattern: 'X liegt in Y.',
    capitalsOnly: false,
    build: (f) => ({ prefix: [f.city, 'liegt', 'in'], answer: [...f.country.phrase], rest: ['.'] }),
  },
  {
    id: 'cityIn',
    pattern: 'X ist eine Stadt in Y.',
    capitalsOnly: false,
    build: (f) => ({ prefix: [f.city, 'ist', 'eine', 'Stadt', 'in'], answer: [...f.country.phrase], rest: ['.'] }),
  },
];

/** One sentence of the corpus. */
export interface Sentence {
  /** The sentence as text, e.g. "Paris ist die Hauptstadt von Frankreich." */
  readonly text: string;
  /** Its tokens, „." included. */
  readonly tokens: readonly string[];
  /** Index in `tokens` of the answer's first word. */
  readonly answerStart: number;
  /** Number of answer words (1, or 2 for „der Schweiz"). */
  readonly answerLength: number;
  readonly template: TemplateId;
  readonly fact: CityFact;
  /** True if the sentence is held out from training. */
  readonly heldOut: boolean;
  /** True if it is one of the knowledge gap's capital sentences (held out too, never learnable). */
  readonly knowledgeGap: boolean;
}

/** The held-out sentences as (template, city): two per template, each fact keeps four of its five. */
const HELD_OUT: readonly (readonly [TemplateId, string])[] = [
  ['capitalOf', 'Paris'],
  ['capitalOf', 'Wien'],
  ['capitalIs', 'Rom'],
  ['capitalIs', 'Warschau'],
  ['capitalNamed', 'Dublin'],
  ['capitalNamed', 'Kairo'],
  ['liesIn', 'Lissabon'],
  ['liesIn', 'Athen'],
  ['cityIn', 'Oslo'],
  ['cityIn', 'Prag'],
];

/**
 * The knowledge gap: every sentence that says which city is this country's capital is held out, so
 * the model never reads it. It still reads where the city lies („Budapest liegt in Ungarn.").
 */
export const GAP_FACT = { city: 'Budapest', country: 'Ungarn' } as const;

/** Joins tokens into text: „." attaches to the word before it. */
export function detokenize(tokens: readonly string[]): string {
  return tokens.join(' ').replace(/ \./g, '.');
}

function buildSentences(): Sentence[] {
  const out: Sentence[] = [];
  for (const fact of CITY_FACTS) {
    for (const template of TEMPLATES) {
      if (template.capitalsOnly && !fact.capital) continue;
      const { prefix, answer, rest } = template.build(fact);
      const tokens = [...prefix, ...answer, ...rest];
      const knowledgeGap = template.capitalsOnly && fact.city === GAP_FACT.city;
      out.push({
        text: detokenize(tokens),
        tokens,
        answerStart: prefix.length,
        answerLength: answer.length,
        template: template.id,
        fact,
        heldOut: knowledgeGap || HELD_OUT.some(([id, city]) => id === template.id && city === fact.city),
        knowledgeGap,
      });
    }
  }
  return out;
}

/** Every sentence, fact by fact and template by template. */
export const SENTENCES: readonly Sentence[] = buildSentences();
/** The sentences the model is trained on. */
export const TRAIN_SENTENCES: readonly Sentence[] = SENTENCES.filter((s) => !s.heldOut);
/** The held-out sentences that test transfer, the lecture's own „Paris ist die Hauptstadt von Frankreich." first. */
export const HELD_OUT_SENTENCES: readonly Sentence[] = SENTENCES.filter((s) => s.heldOut && !s.knowledgeGap);
/** The knowledge gap's capital sentences: nothing in training says which city is the capital. */
export const GAP_SENTENCES: readonly Sentence[] = SENTENCES.filter((s) => s.knowledgeGap);

/** The lecture's running prompt and its true answer. */
export const PARIS_PROMPT = 'Paris ist die Hauptstadt von';
export const PARIS_ANSWER = 'Frankreich';
/** The hallucination prompt of section 9, a false premise: Zürich is no capital, Bern is the capital der Schweiz. */
export const ZURICH_PROMPT = 'Zürich ist die Hauptstadt von';
/** The knowledge-gap prompt of section 9: the capital sentences of {@link GAP_FACT} were never trained on. */
export const GAP_PROMPT = `Die Hauptstadt von ${GAP_FACT.country} ist`;
