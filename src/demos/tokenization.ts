/**
 * Terminal demo of section 2: `npm run demo -- tokenization [--text "Satz"]`.
 *
 * Splits a sentence into words, characters and BPE tokens of two real vocabularies (GPT-2's
 * r50k_base and GPT-4o's o200k_base), with the same functions as the tokenization slide.
 */
import {
  ENCODING_MODELS,
  ENCODING_NAMES,
  MAX_TOKENIZER_INPUT,
  TOKENIZATION_SENTENCE,
  loadEncoding,
  prepareInput,
  splitCharacters,
  splitWords,
  tokenize,
  type EncodingName,
  type Token,
} from '../model/tokenization';
import { formatInteger, showWhitespace } from '../format';
import { usageError } from './options';
import { heading, joinBlocks, renderTable } from './table';
import type { Demo } from './types';

export const TOKENIZATION_USAGE = `tokenization [--text "Satz"]   (Standard: „${TOKENIZATION_SENTENCE}“, höchstens ${MAX_TOKENIZER_INPUT} Zeichen)`;

/** Reads `--text value` or `--text=value`; anything else is a usage error. */
function parseArgs(args: readonly string[]): { text: string } {
  let text = TOKENIZATION_SENTENCE;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--text=')) {
      text = arg.slice('--text='.length);
    } else if (arg === '--text') {
      const value = args[i + 1];
      if (value === undefined) throw usageError(`--text braucht einen Wert. ${TOKENIZATION_USAGE}`);
      text = value;
      i++;
    } else if (arg.startsWith('--')) {
      throw usageError(`unbekannte Option „${arg.split('=')[0]}“. ${TOKENIZATION_USAGE}`);
    } else {
      throw usageError(`unerwartetes Argument „${arg}“. ${TOKENIZATION_USAGE}`);
    }
  }
  return { text };
}

function plural(count: number, one: string, many: string): string {
  return `${formatInteger(count)} ${count === 1 ? one : many}`;
}

function pieceTable(title: string, header: string, pieces: readonly string[]): string {
  return renderTable({
    title,
    columns: ['#', header],
    rows: pieces.map((piece, i) => [i + 1, showWhitespace(piece)]),
    digits: 0,
  });
}

function tokenTable(name: EncodingName, tokens: readonly Token[]): string {
  return renderTable({
    title: `BPE ${ENCODING_MODELS[name]} (${name}): ${plural(tokens.length, 'Token', 'Tokens')}`,
    columns: ['#', 'Token', 'ID'],
    rows: tokens.map((token, i) => [i + 1, showWhitespace(token.text), token.id]),
    digits: 0,
  });
}

export const tokenizationDemo: Demo = async (args) => {
  const input = prepareInput(parseArgs(args).text);
  const { text } = input;
  const words = splitWords(text);
  const characters = splitCharacters(text);
  const encodings = await Promise.all(ENCODING_NAMES.map((name) => loadEncoding(name)));
  const bpe = Object.fromEntries(encodings.map((encoding) => [encoding.name, tokenize(text, encoding)])) as Record<
    EncodingName,
    Token[]
  >;
  const counts = {
    words: words.length,
    characters: characters.length,
    r50k_base: bpe.r50k_base.length,
    o200k_base: bpe.o200k_base.length,
  };

  const notes = [`Text: „${showWhitespace(text)}“`, 'Leerzeichen erscheinen als ␣; BPE-Bytes ohne ganzes Zeichen als <0xNN>.'];
  if (input.truncated) notes.push(`Eingabe auf ${MAX_TOKENIZER_INPUT} Zeichen gekürzt.`);
  if (input.isEmpty) notes.push('Hinweis: Der Text ist leer (oder nur Leerzeichen).');

  const summary = renderTable({
    title: 'Anzahl der Tokens je Verfahren',
    columns: ['Verfahren', 'Tokens'],
    rows: [
      ['Wörter', counts.words],
      ['Zeichen', counts.characters],
      ...ENCODING_NAMES.map((name): [string, number] => [`BPE ${ENCODING_MODELS[name]} (${name})`, counts[name]]),
    ],
    digits: 0,
  });

  const output = joinBlocks([
    heading('Tokenisierung: Vom Text zu Tokens'),
    notes.join('\n'),
    pieceTable(`Wörter: ${plural(counts.words, 'Wort', 'Wörter')}`, 'Wort', words),
    pieceTable(`Zeichen: ${plural(counts.characters, 'Zeichen', 'Zeichen')}`, 'Zeichen', characters),
    ...ENCODING_NAMES.map((name) => tokenTable(name, bpe[name])),
    summary,
  ]);

  return {
    text: output,
    json: { text, truncated: input.truncated, words, characters, bpe, counts },
  };
};
