/**
 * `npm run demo -- generate --prompt "…" [--temperature T] [--seed S] [--top-k K] [--top-p P]`: the
 * generation loop of „Vom Token zur Antwort" on the shipped tiny GPT, token by token until „.": the
 * attention of the last word, the most probable next words, the choice (greedy for T = 0, else
 * sampled, after the top-k and top-p cut as on the slide).
 */
import { formatNumber } from '../format';
import { PARIS_PROMPT, VOCABULARY, generateContract, generationSlide } from '../model/tinyGpt';
import { parseOptions, usageError, type NumberOption } from './options';
import { heading, joinBlocks, renderTable } from './table';
import { bar, formatSetting, quote } from './text';
import type { Demo } from './types';

export const GENERATE_OPTIONS: readonly NumberOption[] = [
  { name: 'temperature', metavar: 'T', help: 'Temperatur T ≥ 0; 0 oder ohne: immer das wahrscheinlichste Wort (greedy)', min: 0 },
  { name: 'seed', metavar: 'S', help: 'Seed der Stichprobe bei T > 0 (Standard 1)', integer: true, min: 0, max: 4294967295 },
  {
    name: 'top-k',
    metavar: 'K',
    help: `bei T > 0 nur aus den K wahrscheinlichsten Wörtern ziehen (1 bis ${VOCABULARY.length}; Standard: alle)`,
    integer: true,
    min: 1,
    max: VOCABULARY.length,
  },
  {
    name: 'top-p',
    metavar: 'P',
    help: 'bei T > 0 nur aus den wahrscheinlichsten Wörtern ziehen, bis ihre Summe den Wert von Top-p erreicht (0 < Top-p ≤ 1; Standard 1)',
    min: 0,
    exclusiveMin: true,
    max: 1,
  },
];

/** Help line of --prompt (a text option, parsed here). */
export const PROMPT_HELP = ['--prompt "Text"', `Satzanfang (Standard: „${PARIS_PROMPT}“)`] as const;

const TOP = 5;

/** Splits off `--prompt "…"` / `--prompt=…`; the rest are numeric options. */
function takePrompt(args: readonly string[]): { prompt: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let prompt: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--prompt') {
      const next = args[i + 1];
      if (next === undefined) throw usageError('--prompt braucht einen Wert (Text)');
      prompt = next;
      i++;
    } else if (arg.startsWith('--prompt=')) {
      prompt = arg.slice('--prompt='.length);
    } else {
      rest.push(arg);
    }
  }
  return { prompt, rest };
}

export const generateDemo: Demo = (args) => {
  const { prompt: given, rest } = takePrompt(args);
  const options = parseOptions(rest, GENERATE_OPTIONS);
  const prompt = given ?? PARIS_PROMPT;
  const temperature = options.temperature ?? 0;
  const seed = options.seed ?? 1;
  const topK = options['top-k'];
  const topP = options['top-p'];
  const sampling = { temperature, seed, topK, topP };
  const result = generationSlide(prompt, sampling);
  if (!result.ok) throw usageError(result.message);
  const contract = generateContract(prompt, sampling);
  if (!contract.ok) throw usageError(contract.message);

  const sampled = temperature > 0;
  const cutting = sampled && (topK !== undefined || topP !== undefined);
  const cuts = [
    topK === undefined ? null : `Top-k = ${topK} (nur die ${topK} wahrscheinlichsten Wörter)`,
    topP === undefined
      ? null
      : `Top-p = ${formatSetting(topP)} (${topK === undefined ? 'nur die wahrscheinlichsten Wörter' : 'davon nur die wahrscheinlichsten'}, bis ihre Summe ${formatSetting(topP)} erreicht)`,
  ].filter((cut) => cut !== null);
  // Top-p = 1 alone keeps every word, so nothing is rescaled.
  const rescaled = topK !== undefined || (topP !== undefined && topP < 1) ? ', der Rest neu auf die Summe 1 skaliert' : '';
  const mode = sampled
    ? `Stichprobe aus softmax(z / T) mit T = ${formatSetting(temperature)}, Seed ${seed}${cuts.length ? `; vor dem Ziehen ${cuts.join(', dann ')}${rescaled}` : ''}`
    : 'greedy (immer das wahrscheinlichste Wort, Argmax)';
  const blocks = [
    `Vom Token zur Antwort: das kleine GPT setzt ${quote(result.prompt.text)} fort`,
    `Auswahl: ${mode}`,
  ];
  if (!sampled && cuts.length) blocks.push('Hinweis: Top-k und Top-p wirken nur beim Ziehen (T > 0); greedy nimmt immer das wahrscheinlichste Wort.');
  result.steps.forEach((step, k) => {
    const last = step.context[step.context.length - 1];
    const order = step.probabilities.map((p, i) => [p, i] as const).sort((a, b) => b[0] - a[0]).slice(0, TOP);
    blocks.push(
      heading(`Schritt ${k + 1}: ${quote(step.context.join(' '))} → ${quote(step.next)}`),
      renderTable({
        title: `Attention von ${quote(last)} auf die Wörter davor (letzte Zeile jeder Attention-Matrix)`,
        corner: 'Block / Kopf',
        rowLabels: step.attention.flatMap((layer, l) => layer.map((_, h) => `Block ${l + 1}, Kopf ${h + 1}`)),
        columns: step.context,
        rows: step.attention.flatMap((layer) => layer.map((head) => head[head.length - 1])),
        digits: 2,
      }),
      renderTable({
        title: `Die ${TOP} wahrscheinlichsten nächsten Wörter (von ${VOCABULARY.length})`,
        corner: 'Wort',
        rowLabels: order.map(([, i]) => VOCABULARY[i]),
        columns: cutting ? ['Logit z', 'p', 'p nach Schnitt', ''] : ['Logit z', 'p', ''],
        rows: order.map(([p, i]) => (cutting ? [step.logits[i], p, step.cut[i], bar(step.cut[i], 1)] : [step.logits[i], p, bar(p, 1)])),
        digits: 4,
        notes: [
          ...(cutting ? [`übrig nach dem Schnitt: ${step.kept} von ${VOCABULARY.length} Wörtern`] : []),
          `gewählt: ${quote(step.next)} mit p = ${formatNumber(step.pNext, 4)}${cutting ? ' (nach dem Schnitt)' : ''}`,
        ],
      }),
    );
  });
  const stop =
    result.stopReason === 'period' ? 'Schluss beim Punkt.' : `Schluss: der Kontext ist voll (das Modell kennt nur ${contract.contract.config.contextLength} Positionen).`;
  blocks.push(heading('Ergebnis'), `${quote(result.text)}\n${stop}`);
  return { text: joinBlocks(blocks), json: contract.contract };
};
