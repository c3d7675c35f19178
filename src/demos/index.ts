/**
 * The terminal demos by name, in the order of the lecture outline
 * (`python -m demos.*` in the outline, `npm run demo -- <name>` here).
 */
import { formatInteger } from '../format';
import { MAX_TOKENIZER_INPUT, TOKENIZATION_SENTENCE } from '../model/tokenization';
import { crossEntropyDemo } from './crossEntropy';
import { GENERATE_OPTIONS, PROMPT_HELP, generateDemo } from './generate';
import { GRADIENT_DESCENT_OPTIONS, gradientDescentDemo } from './gradientDescent';
import { notationDemo } from './notation';
import { optionHelp, type OptionHelp } from './options';
import { selfAttentionDemo } from './selfAttention';
import { SOFTMAX_OPTIONS, softmaxDemo } from './softmax';
import { tokenizationDemo } from './tokenization';
import { TRAIN_OPTIONS, trainDemo } from './train';
import type { Demo } from './types';

/** One demo: what it runs, one German line for the overview, and its options for --help. */
export interface DemoEntry {
  readonly run: Demo;
  /** Section of the outline and what the demo shows. */
  readonly summary: string;
  /** Options of the demo itself (--json and --help are handled by the CLI). */
  readonly options: readonly OptionHelp[];
}

export const DEMOS: Readonly<Record<string, DemoEntry>> = {
  tokenization: {
    run: tokenizationDemo,
    summary: 'Abschnitt 2: Text → Wörter, Zeichen und BPE-Tokens',
    options: [
      [
        '--text "Satz"',
        `zu zerlegender Text (Standard: „${TOKENIZATION_SENTENCE}“, höchstens ${formatInteger(MAX_TOKENIZER_INPUT)} Zeichen)`,
      ],
    ],
  },
  'self-attention': {
    run: selfAttentionDemo,
    summary: 'Abschnitte 2 und 4: die fünf Schritte der Self-Attention für „von“',
    options: [],
  },
  softmax: {
    run: softmaxDemo,
    summary: 'Abschnitt 6: z = h·W_out + b, Softmax, Argmax und Temperatur',
    options: optionHelp(SOFTMAX_OPTIONS),
  },
  'cross-entropy': {
    run: crossEntropyDemo,
    summary: 'Abschnitt 5: L = −ln P(Frankreich) und ∂L/∂z = p − y',
    options: [],
  },
  'gradient-descent': {
    run: gradientDescentDemo,
    summary: 'Abschnitte 3 und 5: W_neu = W_alt − η·∇L, Loss pro Schritt',
    options: optionHelp(GRADIENT_DESCENT_OPTIONS),
  },
  train: {
    run: trainDemo,
    summary: 'Abschnitt 7: das Mini-GPT lernt Hauptstädte (Loss, Genauigkeit, zurückgehaltene Sätze)',
    options: optionHelp(TRAIN_OPTIONS),
  },
  generate: {
    run: generateDemo,
    summary: 'Abschnitte 7 und 9: das Mini-GPT erzeugt Wort für Wort bis zum Punkt',
    options: [PROMPT_HELP, ...optionHelp(GENERATE_OPTIONS)],
  },
  notation: {
    run: notationDemo,
    summary: 'Abschnitt 3: Schreibweise, jedes Zeichen der Formeln mit Bedeutung und Form',
    options: [],
  },
};

export const DEMO_NAMES: readonly string[] = Object.keys(DEMOS);

export { crossEntropyDemo, generateDemo, gradientDescentDemo, notationDemo, selfAttentionDemo, softmaxDemo, tokenizationDemo, trainDemo };
export type { Demo, DemoOutput } from './types';
