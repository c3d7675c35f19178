import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BYTE_VALUES,
  MAX_TOKENIZER_INPUT,
  TOKENIZATION_SENTENCE,
  bytesToDisplay,
  loadEncoding,
  prepareInput,
  splitCharacters,
  splitWords,
  tokenize,
  type BpeEncoding,
} from '../../src/model/tokenization';

let r50k: BpeEncoding;
let o200k: BpeEncoding;

beforeAll(async () => {
  [r50k, o200k] = await Promise.all([loadEncoding('r50k_base'), loadEncoding('o200k_base')]);
}, 60_000);

/** Inputs a student might type that must never break the slide. */
const BAD_INPUTS = [
  '',
  '   ',
  '\n\t',
  'x'.repeat(10_000),
  '🙂👩‍👩‍👧🇩🇪',
  'مرحبا بالعالم',
  'שלום עולם',
  '<img src=x onerror=alert(1)>',
  '<|endoftext|>',
  '\uD800 lone surrogate \uDFFF',
  '\u0000\u001b[31m',
];

describe('splitWords', () => {
  it('splits the lecture sentence into its six words', () => {
    expect(splitWords(TOKENIZATION_SENTENCE)).toEqual(['Paris', 'ist', 'die', 'Hauptstadt', 'von', 'Frankreich']);
  });

  it('drops whitespace and keeps punctuation as separate words', () => {
    expect(splitWords('  Paris,  die Hauptstadt.\n')).toEqual(['Paris', ',', 'die', 'Hauptstadt', '.']);
  });

  it('keeps umlauts and ß inside a word', () => {
    expect(splitWords('Größe übermäßig')).toEqual(['Größe', 'übermäßig']);
  });

  it('empty and whitespace-only text have no words', () => {
    expect(splitWords('')).toEqual([]);
    expect(splitWords(' \t\n ')).toEqual([]);
  });
});

describe('splitCharacters', () => {
  it('counts 39 characters in the lecture sentence, spaces included', () => {
    const characters = splitCharacters(TOKENIZATION_SENTENCE);
    expect(characters).toHaveLength(39);
    expect(characters.slice(0, 6)).toEqual(['P', 'a', 'r', 'i', 's', ' ']);
  });

  it('never splits a surrogate pair or an emoji sequence', () => {
    expect(splitCharacters('a🙂b')).toEqual(['a', '🙂', 'b']);
    expect(splitCharacters('👩‍👩‍👧')).toEqual(['👩‍👩‍👧']);
  });

  it('joining the characters gives back the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(splitCharacters(text).join('')).toBe(text);
      }),
    );
  });
});

describe('prepareInput', () => {
  it('caps at MAX_TOKENIZER_INPUT code points and reports it', () => {
    const long = prepareInput('x'.repeat(10_000));
    expect(long.truncated).toBe(true);
    expect(long.text).toHaveLength(MAX_TOKENIZER_INPUT);
    expect(prepareInput('x'.repeat(MAX_TOKENIZER_INPUT)).truncated).toBe(false);
  });

  it('does not cut an emoji in half at the limit', () => {
    const { text, truncated } = prepareInput('🙂'.repeat(MAX_TOKENIZER_INPUT + 5));
    expect(truncated).toBe(true);
    expect(Array.from(text)).toHaveLength(MAX_TOKENIZER_INPUT);
    expect(text).toBe('🙂'.repeat(MAX_TOKENIZER_INPUT));
  });

  it('marks empty and whitespace-only input', () => {
    expect(prepareInput('').isEmpty).toBe(true);
    expect(prepareInput('  \n').isEmpty).toBe(true);
    expect(prepareInput(' a ').isEmpty).toBe(false);
  });

  it('replaces lone surrogates and composes umlauts (NFC)', () => {
    expect(prepareInput('\uD800x').text).toBe('\uFFFDx');
    expect(prepareInput('a\u0308').text).toBe('ä');
  });
});


describe('BPE: real vocabularies', () => {
  it('r50k_base (GPT-2) splits " Hauptstadt" (with its leading space) into " Hau" | "pt" | "stadt"', () => {
    expect(tokenize(' Hauptstadt', r50k)).toEqual([
      { id: 49696, text: ' Hau' },
      { id: 457, text: 'pt' },
      { id: 38863, text: 'stadt' },
    ]);
  });

  it('r50k_base splits "Hauptstadt" without a leading space differently: "H" | "au" | "pt" | "stadt"', () => {
    expect(tokenize('Hauptstadt', r50k).map((t) => t.text)).toEqual(['H', 'au', 'pt', 'stadt']);
  });

  it('o200k_base (GPT-4o) keeps " Hauptstadt" as one token, but not "Hauptstadt" without the space', () => {
    expect(tokenize(' Hauptstadt', o200k)).toEqual([{ id: 158774, text: ' Hauptstadt' }]);
    expect(tokenize('Hauptstadt', o200k).map((t) => t.text)).toEqual(['H', 'aupt', 'stadt']);
  });

  it('the ids decode back to their text through the library itself (independent of decodeEach)', async () => {
    const library = await import('gpt-tokenizer/encoding/r50k_base');
    expect(library.decode([49696])).toBe(' Hau');
    expect(library.decode([457])).toBe('pt');
    expect(library.decode([38863])).toBe('stadt');
    const library4o = await import('gpt-tokenizer/encoding/o200k_base');
    expect(library4o.decode([158774])).toBe(' Hauptstadt');
  });

  it('r50k_base is byte-level: printable ASCII "!" … "~" are the first 94 ids, so "H" = 72 − 33 = 39', () => {
    for (let code = 33; code <= 126; code++) {
      expect(r50k.encode(String.fromCharCode(code))).toEqual([code - 33]);
    }
    expect(tokenize('Hauptstadt', r50k)[0]).toEqual({ id: 39, text: 'H' });
  });

  it('the lecture sentence: 11 tokens in GPT-2, 6 in GPT-4o (one per word)', () => {
    const gpt2 = tokenize(TOKENIZATION_SENTENCE, r50k).map((t) => t.text);
    expect(gpt2).toEqual(['Paris', ' is', 't', ' die', ' Hau', 'pt', 'stadt', ' von', ' Frank', 're', 'ich']);
    const gpt4o = tokenize(TOKENIZATION_SENTENCE, o200k).map((t) => t.text);
    expect(gpt4o).toEqual(['Paris', ' ist', ' die', ' Hauptstadt', ' von', ' Frankreich']);
  });

  it('vocabulary sizes as the library reports them', () => {
    expect(r50k.vocabularySize).toBe(50257);
    expect(o200k.vocabularySize).toBeGreaterThan(199_000);
  });

  it('special-token text such as "<|endoftext|>" is ordinary text, not an error', () => {
    const tokens = tokenize('<|endoftext|>', r50k);
    expect(tokens.map((t) => t.id)).not.toContain(50256);
    expect(tokens.map((t) => t.text).join('')).toBe('<|endoftext|>');
  });

  it('a token holding part of a character shows its bytes as <0xNN>', () => {
    const tokens = tokenize('👩', r50k);
    expect(r50k.decode(tokens.map((t) => t.id))).toBe('👩');
    expect(tokens.map((t) => t.text).join('')).toMatch(/^(<0x[0-9A-F]{2}>)+$/);
    expect(bytesToDisplay(new TextEncoder().encode('a👩').subarray(0, 3))).toBe('a<0xF0><0x9F>');
  });

  it('rejects ids outside the vocabulary with a clear error', () => {
    expect(() => r50k.decode([1e9])).toThrow(/not in r50k_base/);
    expect(() => r50k.decodeEach([-1])).toThrow(/not in r50k_base/);
  });

  it('round trip: decode(encode(text)) = text for any well-formed Unicode string', () => {
    for (const encoding of [r50k, o200k]) {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
          expect(encoding.decode(encoding.encode(text))).toBe(text);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('decode keeps a U+FEFF at the start of the text (a character, not a byte-order mark)', () => {
    for (const encoding of [r50k, o200k]) {
      for (const text of ['\uFEFF', '\uFEFFParis', 'Paris \uFEFF']) {
        expect(encoding.decode(tokenize(text, encoding).map((t) => t.id))).toBe(text);
      }
    }
  });

  it('round trip for any UTF-16 input after prepareInput (lone surrogates included)', () => {
    const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });
    for (const encoding of [r50k, o200k]) {
      fc.assert(
        fc.property(utf16, (raw) => {
          const { text } = prepareInput(raw);
          const tokens = tokenize(text, encoding);
          expect(encoding.decode(tokens.map((t) => t.id))).toBe(text);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('decode agrees with the library decode on whole sentences', async () => {
    const library = await import('gpt-tokenizer/encoding/o200k_base');
    for (const text of [TOKENIZATION_SENTENCE, 'Größe 🙂 مرحبا', 'a\nb']) {
      const ids = o200k.encode(text);
      expect(o200k.decode(ids)).toBe(library.decode(ids));
    }
  });
});

describe('bad inputs never throw', () => {
  it.each(BAD_INPUTS.map((text) => [JSON.stringify(text.slice(0, 30)), text]))('%s', (_, raw) => {
    const { text } = prepareInput(raw);
    expect(() => splitWords(text)).not.toThrow();
    expect(() => splitCharacters(text)).not.toThrow();
    for (const encoding of [r50k, o200k]) {
      const tokens = tokenize(text, encoding);
      expect(encoding.decode(tokens.map((t) => t.id))).toBe(text);
      expect(tokens.length).toBeLessThanOrEqual(new TextEncoder().encode(text).length);
    }
  });

  it('loadEncoding rejects an unknown name instead of throwing synchronously', async () => {
    await expect(loadEncoding('cl100k_base' as never)).rejects.toThrow(/unknown encoding/);
  });
});

describe('BYTE_VALUES', () => {
  it('is the number of one-byte tokens GPT-2’s vocabulary starts with (r50k_base: every byte value once)', async () => {
    const ranks = (await import('gpt-tokenizer/bpeRanks/r50k_base')).default as readonly (string | readonly number[])[];
    const bytesOf = (entry: string | readonly number[]) => (typeof entry === 'string' ? [...new TextEncoder().encode(entry)] : [...entry]);
    const single = ranks.map(bytesOf).filter((bytes) => bytes.length === 1);
    expect(new Set(single.map((bytes) => bytes[0])).size).toBe(single.length);
    expect(single.length).toBe(BYTE_VALUES);
  });
});
