/**
 * Tokenization of section 2: the same text split three ways.
 *
 * - words: runs of letters and digits, every punctuation mark on its own (whitespace dropped);
 * - characters: user-perceived characters (grapheme clusters), so "🙂" or "ä" is never torn apart;
 * - byte-pair encoding (BPE) with two real vocabularies from the `gpt-tokenizer` package:
 *   r50k_base (GPT-2, 50.257 token ids) and o200k_base (GPT-4o, about 200.000 token ids).
 *
 * The vocabularies are large (0,5 MB and 2,4 MB of JavaScript), so `loadEncoding` imports each one
 * on demand with `import()`: Vite puts it into its own chunk and the deck only fetches it when the
 * tokenization slide is shown.
 *
 * BPE works on UTF-8 bytes: one token may hold only part of a character (an emoji is 4 bytes).
 * Such tokens cannot be shown as text on their own; `decodeEach` writes their bytes as `<0xF0>`,
 * the notation SentencePiece uses for byte tokens.
 */

/** Longest input the slide and the demo tokenize, in characters (Unicode code points). */
export const MAX_TOKENIZER_INPUT = 2000;

/** The values one byte can take (8 bits): byte-level BPE starts its vocabulary with one token for each. */
export const BYTE_VALUES = 2 ** 8;

/** GPT-2's tokens outside BPE: one, „<|endoftext|>“, the last id of r50k_base. */
export const GPT2_SPECIAL_TOKENS = 1;

/** The lecture's example sentence. */
export const TOKENIZATION_SENTENCE = 'Paris ist die Hauptstadt von Frankreich';

export const ENCODING_NAMES = ['r50k_base', 'o200k_base'] as const;
export type EncodingName = (typeof ENCODING_NAMES)[number];

/** Which model made each vocabulary famous, for labels. */
export const ENCODING_MODELS: Readonly<Record<EncodingName, string>> = {
  r50k_base: 'GPT-2',
  o200k_base: 'GPT-4o',
};

/** One BPE token: its id in the vocabulary and its text (byte fragments as `<0xNN>`). */
export interface Token {
  id: number;
  text: string;
}

export interface BpeEncoding {
  name: EncodingName;
  /** Number of token ids, special tokens included. */
  vocabularySize: number;
  /** Text -> token ids. Special-token strings such as "<|endoftext|>" are encoded as plain text. */
  encode(text: string): number[];
  /** Token ids -> text. Exact inverse of `encode` for well-formed strings. */
  decode(ids: readonly number[]): string;
  /** The text of each token on its own; bytes that are no complete character appear as `<0xNN>`. */
  decodeEach(ids: readonly number[]): string[];
}

export interface PreparedInput {
  /** Normalized (NFC, lone surrogates replaced) and capped at the limit. */
  text: string;
  /** True when the input was longer than the limit and has been cut. */
  truncated: boolean;
  /** True when nothing but whitespace is left. */
  isEmpty: boolean;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes any string safe to tokenize: lone UTF-16 surrogates (which have no UTF-8 form) become
 * U+FFFD, the text is NFC-normalized (so "ä" typed as a + combining diaeresis is one character),
 * and it is cut after `max` code points without tearing a surrogate pair apart.
 */
export function prepareInput(raw: string, max = MAX_TOKENIZER_INPUT): PreparedInput {
  const normalized = String(raw ?? '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC');
  const codePoints = Array.from(normalized);
  const truncated = codePoints.length > max;
  const text = truncated ? codePoints.slice(0, max).join('') : normalized;
  return { text, truncated, isEmpty: text.trim() === '' };
}

type Segment = { segment: string; isWordLike?: boolean };
type SegmenterLike = { segment(text: string): Iterable<Segment> };
type SegmenterConstructor = new (locale: string, options: { granularity: 'word' | 'grapheme' }) => SegmenterLike;

/** Intl.Segmenter where the runtime has it (all current browsers and Node), otherwise undefined. */
function segmenter(granularity: 'word' | 'grapheme'): SegmenterLike | undefined {
  const Segmenter = (Intl as unknown as { Segmenter?: SegmenterConstructor }).Segmenter;
  return Segmenter ? new Segmenter('de', { granularity }) : undefined;
}

const WORD_SEGMENTER = segmenter('word');
const GRAPHEME_SEGMENTER = segmenter('grapheme');
/** Fallback word rule: a run of letters, marks and digits, or any single other visible character. */
const WORD_FALLBACK = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** "Paris ist die Hauptstadt." -> ["Paris", "ist", "die", "Hauptstadt", "."] */
export function splitWords(text: string): string[] {
  if (!WORD_SEGMENTER) return text.match(WORD_FALLBACK) ?? [];
  const words: string[] = [];
  for (const { segment } of WORD_SEGMENTER.segment(text)) {
    if (segment.trim() !== '') words.push(segment);
  }
  return words;
}

/** "Paris ist" -> ["P", "a", "r", "i", "s", " ", "i", "s", "t"]; spaces count as characters. */
export function splitCharacters(text: string): string[] {
  if (!GRAPHEME_SEGMENTER) return Array.from(text);
  return Array.from(GRAPHEME_SEGMENTER.segment(text), (s) => s.segment);
}


/** Splits `text` with a loaded BPE vocabulary: one `{ id, text }` per token. */
export function tokenize(text: string, encoding: BpeEncoding): Token[] {
  const ids = encoding.encode(text);
  const texts = encoding.decodeEach(ids);
  return ids.map((id, index) => ({ id, text: texts[index] }));
}

// ---------------------------------------------------------------------------------------------
// Loading the vocabularies

/** The rank table of a vocabulary: index = token id, value = its text or, if no valid UTF-8, its bytes. */
type RankTable = readonly (string | readonly number[])[];

interface EncodingModule {
  encode(text: string, options?: { disallowedSpecial?: Set<string> }): number[];
  vocabularySize: number;
}

/**
 * One `import()` per vocabulary, written out literally so that Vite can split each into its own
 * chunk. The rank table is the same module the encoding itself imports (no second copy).
 */
const IMPORTERS: Record<EncodingName, () => Promise<[EncodingModule, { default: RankTable }]>> = {
  r50k_base: () => Promise.all([import('gpt-tokenizer/encoding/r50k_base'), import('gpt-tokenizer/bpeRanks/r50k_base')]),
  o200k_base: () =>
    Promise.all([import('gpt-tokenizer/encoding/o200k_base'), import('gpt-tokenizer/bpeRanks/o200k_base')]),
};

const loading = new Map<EncodingName, Promise<BpeEncoding>>();

/**
 * Loads a vocabulary once (later calls share the promise). A failed load (offline, single-file
 * build without the chunk) rejects and is forgotten, so the next call tries again.
 */
export function loadEncoding(name: EncodingName): Promise<BpeEncoding> {
  const importer = IMPORTERS[name];
  if (!importer) return Promise.reject(new Error(`unknown encoding "${String(name)}"; expected ${ENCODING_NAMES.join(' or ')}`));
  let promise = loading.get(name);
  if (!promise) {
    promise = importer().then(([module, ranks]) => createEncoding(name, module, ranks.default));
    promise.catch(() => loading.delete(name));
    loading.set(name, promise);
  }
  return promise;
}

/** Encoding of user text: special-token strings are ordinary text here, never an error. */
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };
const utf8Encoder = new TextEncoder();
/**
 * Non-streaming decoders: every call starts fresh, so no bytes leak from one call into the next.
 * `ignoreBOM` keeps a leading U+FEFF: it is a character of the user's text, not a byte-order mark.
 */
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function createEncoding(name: EncodingName, module: EncodingModule, ranks: RankTable): BpeEncoding {
  const bytesOf = (id: number): Uint8Array => {
    const entry = Number.isInteger(id) ? ranks[id] : undefined;
    if (entry === undefined) throw new RangeError(`token id ${id} is not in ${name} (ids 0 to ${ranks.length - 1})`);
    return typeof entry === 'string' ? utf8Encoder.encode(entry) : Uint8Array.from(entry);
  };
  return {
    name,
    vocabularySize: module.vocabularySize,
    encode: (text) => module.encode(text, PLAIN_TEXT),
    decode: (ids) => utf8Decoder.decode(concatBytes(ids.map(bytesOf))),
    decodeEach: (ids) =>
      ids.map((id) => {
        const entry = ranks[id];
        return typeof entry === 'string' ? entry : bytesToDisplay(bytesOf(id));
      }),
  };
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Length of the UTF-8 sequence a lead byte starts, or 0 for a continuation or invalid byte. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Complete UTF-8 characters as text, every other byte as `<0xNN>`. */
export function bytesToDisplay(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes[i]);
    if (length > 0 && i + length <= bytes.length) {
      try {
        out += strictDecoder.decode(bytes.subarray(i, i + length));
        i += length;
        continue;
      } catch {
        // not a valid character: fall through and show the lead byte
      }
    }
    out += `<0x${bytes[i].toString(16).toUpperCase().padStart(2, '0')}>`;
    i += 1;
  }
  return out;
}
