import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { SpaceMark, TokenRow, type ChipItem } from '../src/components/TokenChips';
import './TokenizationSlide.css';
import { LectureSlide } from '../src/shell/LectureSlide';
import { useEncoding } from './useEncoding';
import {
  ENCODING_MODELS,
  BYTE_VALUES,
  GPT2_SPECIAL_TOKENS,
  ENCODING_NAMES,
  MAX_TOKENIZER_INPUT,
  TOKENIZATION_SENTENCE,
  prepareInput,
  splitCharacters,
  splitWords,
  tokenize,
  type EncodingName,
} from '../src/model/tokenization';
import { SlideGrid } from '../src/components/SlideGrid';
import { formatInteger } from '../src/format';
import { MODEL_PRESETS } from '../src/model/parameterCount';

/** GPT-2's vocabulary size, the end point of its BPE merges. */
const GPT2_VOCABULARY = formatInteger(MODEL_PRESETS[0].shape.vocabSize);
/** GPT-2's BPE merges: its vocabulary less the byte tokens it starts from and its one special token, „<|endoftext|>“. */
const GPT2_MERGES = MODEL_PRESETS[0].shape.vocabSize - BYTE_VALUES - GPT2_SPECIAL_TOKENS;

const toChips = (pieces: readonly string[]): ChipItem[] => pieces.map((text) => ({ text }));

/** The text typed into the field must never reach Spectacle's arrow-key and space navigation. */
const keepKeysInField = (event: KeyboardEvent) => event.stopPropagation();

/** One BPE row: waits for its vocabulary (loaded when the slide is shown), then splits the text. */
function BpeRow({ name, text }: { name: EncodingName; text: string }) {
  const state = useEncoding(name);
  const encoding = state.status === 'ready' ? state.encoding : undefined;
  const tokens = useMemo(() => (encoding ? tokenize(text, encoding) : []), [encoding, text]);
  const status =
    state.status === 'loading'
      ? ({ kind: 'loading', message: 'Lade Vokabular …' } as const)
      : state.status === 'error'
        ? ({ kind: 'error', message: 'Vokabular konnte nicht geladen werden (offline oder Einzeldatei-Version). Wörter und Zeichen funktionieren weiter.' } as const)
        : undefined;
  return <TokenRow label={`BPE · ${ENCODING_MODELS[name]}`} detail={name} items={tokens} status={status} />;
}

/** The body lives inside the slide, where the BPE rows can see whether the slide is on screen. */
function Tokenizer() {
  const inputId = useId();
  const [raw, setRaw] = useState(TOKENIZATION_SENTENCE);
  const input = useMemo(() => prepareInput(raw), [raw]);
  const words = useMemo(() => toChips(splitWords(input.text)), [input.text]);
  const characters = useMemo(() => toChips(splitCharacters(input.text)), [input.text]);
  const message = input.isEmpty
    ? 'Bitte einen Satz eingeben.'
    : input.truncated
      ? `Eingabe auf ${MAX_TOKENIZER_INPUT} Zeichen gekürzt.`
      : '';

  return (
    <SlideGrid layout="one" className="tokenizer">
      <div className="tokenizer-input-row">
        <label htmlFor={inputId}>Eigener Satz</label>
        <input
          id={inputId}
          className="tokenizer-input"
          type="text"
          value={raw}
          onChange={(event) => setRaw(event.target.value)}
          onKeyDown={keepKeysInField}
          onKeyUp={keepKeysInField}
          spellCheck={false}
          autoComplete="off"
          dir="auto"
        />
        <p className="tokenizer-message" role="status">
          {message}
        </p>
      </div>
      <div className="token-rows">
        <TokenRow label="Wörter" items={words} variant="word" />
        <TokenRow label="Zeichen" items={characters} variant="character" />
        {ENCODING_NAMES.map((name) => (
          <BpeRow key={name} name={name} text={input.text} />
        ))}
      </div>
      <p className="tokenizer-legend">
        <SpaceMark /> = Leerzeichen (bei BPE Teil des Tokens) · Zahl unter dem Token = seine ID im Vokabular
      </p>
    </SlideGrid>
  );
}

export function TokenizationSlide() {
  return (
    <LectureSlide
      notes={
        <>
          <p>
            Bevor ein Modell rechnen kann, zerlegt ein Tokenizer den Text in Tokens, und jedes Token bekommt eine ID aus
            dem Vokabular. Ganze Wörter bräuchten ein riesiges Vokabular und scheiterten an neuen Wörtern; einzelne Zeichen
            machten die Folgen sehr lang. Byte-Pair-Encoding (BPE) liegt dazwischen.
          </p>
          <p>
            BPE lernt sein Vokabular aus einem großen Textkorpus: Es beginnt mit den {formatInteger(BYTE_VALUES)} möglichen Bytes als Tokens,
            zählt, welches Paar benachbarter Tokens am häufigsten vorkommt, und fügt dieses Paar zu einem neuen Token
            zusammen. Das wiederholt es, bis das Vokabular die gewünschte Größe hat: GPT-2 macht {formatInteger(GPT2_MERGES)} solcher
            Verschmelzungen und hat mit einem Sondertoken für das Textende {GPT2_VOCABULARY} Tokens. So
            werden häufige Wörter zu einem Token, seltene zerfallen in Stücke, und nichts ist unbekannt.
          </p>
          <p>
            GPT-2 zerlegt „ Hauptstadt“ (mit dem Leerzeichen davor) in „ Hau“, „pt“ und „stadt“, das größere Vokabular
            von GPT-4o kennt „ Hauptstadt“ als ein einziges Token. Probieren Sie einen eigenen Satz aus, etwa ein langes
            Kompositum oder ein Emoji. In unseren Beispielen ist der Einfachheit halber jedes Wort ein Token. Als
            Nächstes: „Mathematische Grundlagen“.
          </p>
        </>
      }
    >
      <Tokenizer />
    </LectureSlide>
  );
}
