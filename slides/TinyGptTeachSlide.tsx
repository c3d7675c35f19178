import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { BarChart } from '../src/components/BarChart';
import { SlideGrid } from '../src/components/SlideGrid';
import { LectureSlide } from '../src/shell/LectureSlide';
import { useIsLive } from '../src/shell/slideStep';
import { createTrainWorker } from './useTrainingWorker';
import { useSharedState } from '../src/shell/useSharedState';
import { formatInteger, formatNumber } from '../src/format';
import {
  BONN_CAPITAL,
  BONN_REVERSED,
  DEFAULT_SEED,
  DEFAULT_TRAINING_STEPS,
  LECTURE_CORPUS_TEXT,
  PARIS_CAPITAL_SENTENCES,
  TEACH_LIMITS,
  TINY_GPT_CONFIG,
  askStudentModel,
  createTeachSession,
  lectureStudentModel,
  parseStudentCorpus,
  type StudentModel,
  type TeachCommand,
  type TeachEvent,
} from '../src/model/tinyGpt';
import './TinyGptTeachSlide.css';

/** The sentence start in the field before anyone types one. */
export const TEACH_PROMPT = 'Die Hauptstadt von Deutschland ist';
/** The sentence start to try after deleting the sentences that name Paris as capital. */
const PARIS_CAPITAL_PROMPT = 'Die Hauptstadt von Frankreich ist';
/** The suggested experiments' sentence starts, continued by the lecture's model and by the current one. */
export const TEACH_PROBES = [TEACH_PROMPT, PARIS_CAPITAL_PROMPT] as const;
/** The comparison table's name: its caption begins with it, and the notes quote it. */
export const PROBES_TITLE = 'Zwei Satzanfänge zum Ausprobieren';
/** The comparison's columns: the lecture's model, and the current one (the lecture's until a retraining). */
const LECTURE_COLUMN = 'Vorlesung';
const CURRENT_COLUMN = 'aktuelles Modell';
const RETRAINED_COLUMN = 'neu trainiert';

type Answer = ReturnType<typeof askStudentModel>;

/** One cell of the comparison: the most likely next word and its probability, or why there is none. */
function AnswerCell({ answer, pending }: { answer: Answer | undefined; pending: string }) {
  if (!answer) return <td className="gpt-probe-pending">{pending}</td>;
  if (!answer.ok) return <td className="gpt-probe-pending"><bdi>{answer.message}</bdi></td>;
  const [best] = answer.top;
  return (
    <td>
      <strong>{best.token === '.' ? '„.“' : best.token}</strong> <span className="num">{formatNumber(best.probability)}</span>
    </td>
  );
}
/** The file „Korpus sichern" writes. */
export const CORPUS_FILE_NAME = 'korpus-mini-gpt.txt';
/** Larger files are refused before they are read. */
const MAX_FILE_BYTES = 200_000;

/** The shared part: the committed corpus (null: the lecture's, with the shipped model) and a counter of commits. */
interface TeachState {
  readonly corpus: string | null;
  readonly version: number;
}
const INITIAL_TEACH: TeachState = { corpus: null, version: 0 };

interface TeachRun {
  readonly model: StudentModel | null;
  readonly progress: { readonly step: number; readonly total: number } | null;
  readonly error: string | null;
}

/** Trains a fresh model on the committed corpus: in the training worker, or on the main thread where none starts. */
function useTeachRun(state: TeachState, live: boolean): TeachRun {
  const [run, setRun] = useState<TeachRun & { version: number }>({ version: -1, model: null, progress: null, error: null });
  useEffect(() => {
    if (!live || state.corpus === null) return;
    const version = state.version;
    const backend = startBackend((event) => {
      if (event.id !== version) return;
      if (event.type === 'teachProgress') setRun({ version, model: null, progress: { step: event.step, total: event.total }, error: null });
      else if (event.type === 'taught') setRun({ version, model: event.model, progress: null, error: null });
      else setRun({ version, model: null, progress: null, error: event.message });
    });
    backend.post({ type: 'teach', id: version, corpus: state.corpus });
    return () => backend.stop();
  }, [live, state.corpus, state.version]);
  if (state.corpus === null || !live) return { model: null, progress: null, error: null };
  if (run.version !== state.version) return { model: null, progress: { step: 0, total: DEFAULT_TRAINING_STEPS }, error: null };
  return run;
}

/** The training worker, or the same session on the main thread (one slice per frame) if no worker starts or it fails. */
function startBackend(onEvent: (event: TeachEvent) => void): { post(command: TeachCommand): void; stop(): void } {
  let alive = true;
  let last: TeachCommand | null = null;
  let worker: Worker | null = null;
  let session: ReturnType<typeof createTeachSession> | null = null;
  const mainThread = () =>
    createTeachSession({
      post: (event) => alive && onEvent(event),
      schedule: (task) => requestAnimationFrame(() => alive && task()),
      now: () => performance.now(),
    });
  try {
    const started = createTrainWorker();
    started.onmessage = (event: MessageEvent<TeachEvent>) => onEvent(event.data);
    started.onerror = (event) => {
      event.preventDefault();
      started.terminate();
      worker = null;
      session = mainThread();
      if (last) session.handle(last);
    };
    worker = started;
  } catch {
    session = mainThread();
  }
  return {
    post: (command) => {
      last = command;
      if (worker) worker.postMessage(command);
      else session?.handle(command);
    },
    stop: () => {
      alive = false;
      worker?.terminate();
    },
  };
}

function downloadText(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function TinyGptTeachSlide() {
  const corpusId = useId();
  const promptId = useId();
  const live = useIsLive();
  const [rawState, setState] = useSharedState<TeachState>('tinyGpt.teach', INITIAL_TEACH);
  const [rawPrompt, setPrompt] = useSharedState('tinyGpt.teachPrompt', TEACH_PROMPT);
  const state: TeachState = {
    corpus: typeof rawState?.corpus === 'string' ? rawState.corpus : null,
    version: Number.isInteger(rawState?.version) && rawState.version >= 0 ? rawState.version : 0,
  };
  const prompt = typeof rawPrompt === 'string' ? rawPrompt : TEACH_PROMPT;
  const [inputError, setInputError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const run = useTeachRun(state, live);
  const lecture = useMemo(() => lectureStudentModel(), []);
  const model = state.corpus === null ? lecture : run.model;
  const answer = useMemo(() => (model ? askStudentModel(model, prompt) : null), [model, prompt]);
  const lectureAnswer = useMemo(() => askStudentModel(lecture, TEACH_PROMPT), [lecture]);
  const lectureProbes = useMemo(() => TEACH_PROBES.map((q) => askStudentModel(lecture, q)), [lecture]);
  const modelProbes = useMemo(() => (model ? TEACH_PROBES.map((q) => askStudentModel(model, q)) : null), [model]);

  const commit = (text: string) => {
    const parsed = parseStudentCorpus(text);
    if (!parsed.ok) {
      setInputError(parsed.message);
      return;
    }
    setInputError(null);
    setState({ corpus: text, version: state.version + 1 });
  };
  const load = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setInputError(`Die Datei ist zu groß: ${formatInteger(file.size)} Bytes, höchstens ${formatInteger(MAX_FILE_BYTES)}.`);
      return;
    }
    const text = await file.text();
    if (field.current) field.current.value = text;
    commit(text);
  };

  const status =
    state.corpus === null
      ? `Mini-GPT der Vorlesung: ${lecture.sentenceCount} Sätze, ${lecture.vocabulary.length} Wörter`
      : !live
        ? 'Eigenes Korpus: trainiert wird nur auf der Folie selbst, nicht in der Vorschau'
      : run.error
        ? 'Nicht trainiert'
        : run.progress
          ? `Training ab Seed ${DEFAULT_SEED}: Schritt ${run.progress.step} von ${run.progress.total} …`
          : model
            ? `Neues Mini-GPT: ${model.sentenceCount} Sätze, ${model.vocabulary.length} Wörter, Loss ${formatNumber(model.trainLoss[model.trainLoss.length - 1])}`
            : '';

  return (
    <LectureSlide
      notes={
        <>
          <p>
            Jetzt bestimmen Sie, was das Mini-GPT liest. Im Feld steht sein Trainingskorpus, ein Satz pro Zeile; ein
            Zeilenende beendet einen Satz wie ein Punkt. Jeder Klick auf „Neu trainieren“ trainiert ein ganz neues Modell
            ab demselben Seed, mit denselben {DEFAULT_TRAINING_STEPS} AdamW-Schritten – im Hintergrund, in wenigen Sekunden.
            Neue Wörter kommen ins Vokabular. Bekannte Wörter starten mit denselben Anfangsgewichten wie im Training der
            Vorlesung; ohne Änderung entsteht deshalb genau das Mini-GPT der Vorlesung.
          </p>
          <p>
            Die Tabelle „{PROBES_TITLE}“ zeigt für beide Satzanfänge das wahrscheinlichste nächste Wort und seine
            Wahrscheinlichkeit. Die Spalte „{LECTURE_COLUMN}“ gilt für das Mini-GPT der Vorlesung, die Spalte „{CURRENT_COLUMN}“
            für das aktuelle Modell. Nach einem Neutraining heißt diese Spalte „{RETRAINED_COLUMN}“; ohne eigenes Korpus
            zeigen beide Spalten dasselbe Modell. Vorschlag: Beginnen Sie mit dem voreingestellten Satzanfang „{TEACH_PROMPT}“.
            Das Mini-GPT der Vorlesung schlägt als nächstes Wort{' '}
            {lectureAnswer.ok ? `„${lectureAnswer.top[0].token}“ (p = ${formatNumber(lectureAnswer.top[0].probability)})` : lectureAnswer.message}{' '}
            vor. Schreiben Sie dazu „{BONN_CAPITAL}“ und trainieren Sie neu: Die Wahrscheinlichkeit verteilt sich dann auf
            Berlin und Bonn, denn beides steht nun im Korpus. Lernt das Modell stattdessen nur „{BONN_REVERSED}“, bleibt
            Berlin vorn: Was es in einer Richtung gelesen hat, kann es nicht umkehren.
          </p>
          <p>
            Löschen Sie dann die {PARIS_CAPITAL_SENTENCES.length === 2 ? 'beiden' : PARIS_CAPITAL_SENTENCES.length} Sätze{' '}
            {PARIS_CAPITAL_SENTENCES.map((t) => `„${t}“`).join(' und ')}, trainieren Sie neu und geben Sie „{PARIS_CAPITAL_PROMPT}“ ein:
            Paris kennt das Modell noch, als Hauptstadt aber nicht mehr – es rät flüssig eine andere Stadt.
          </p>
          <p>
            Grenzen: höchstens {TEACH_LIMITS.maxSentences} Sätze, {TEACH_LIMITS.maxWords} verschiedene Wörter und{' '}
            {TINY_GPT_CONFIG.contextLength} Wörter vor dem Punkt. Enthält die Eingabe Zeichen, die das Modell nicht verarbeiten kann
            (HTML, Emoji, andere Schriften), nennt die Meldung das betreffende Zeichen. „Korpus sichern“ schreibt die
            Sätze in eine Textdatei, „Korpus laden“ liest sie wieder, „Zurücksetzen“ holt das Korpus der Vorlesung. Als Nächstes:
            „Titans – Ein Ausblick auf neue Architekturen“.
          </p>
        </>
      }
    >
      <SlideGrid layout="two-figures" split="wide-second">
        <section className="slide-stack" aria-label="Korpus bearbeiten">
          <label htmlFor={corpusId} className="slide-subhead">
            Korpus, ein Satz pro Zeile
          </label>
          <textarea
            key={state.version}
            id={corpusId}
            ref={field}
            className="gpt-corpus"
            defaultValue={state.corpus ?? LECTURE_CORPUS_TEXT}
            spellCheck={false}
            data-testid="tiny-gpt-corpus"
          />
          <div className="control-row gpt-teach-buttons">
            <button type="button" className="deck-button gpt-primary" data-testid="tiny-gpt-retrain" onClick={() => commit(field.current?.value ?? '')}>
              Neu trainieren
            </button>
            <button
              type="button"
              className="deck-button"
              data-testid="tiny-gpt-corpus-reset"
              onClick={() => {
                setInputError(null);
                setState({ corpus: null, version: state.version + 1 });
              }}
            >
              Zurücksetzen
            </button>
            <button type="button" className="deck-button" onClick={() => downloadText(`${field.current?.value ?? ''}\n`, CORPUS_FILE_NAME)}>
              Korpus sichern
            </button>
            <label className="deck-button gpt-file">
              Korpus laden
              <input type="file" accept=".txt,text/plain" className="visually-hidden" data-testid="tiny-gpt-corpus-file" onChange={(e) => void load(e.target.files?.[0])} />
            </label>
          </div>
          {(inputError ?? run.error) && (
            <p className="slide-error" role="alert" data-testid="tiny-gpt-corpus-error">
              <bdi>{inputError ?? run.error}</bdi>
            </p>
          )}
        </section>
        <section className="slide-stack" aria-label="Das Mini-GPT weiterschreiben lassen">
          <p className="slide-status" role="status" data-testid="tiny-gpt-teach-status">
            {status}
          </p>
          <div className="gpt-prompt-field">
            <label htmlFor={promptId}>Satzanfang</label>
            <input id={promptId} value={prompt} onChange={(e) => setPrompt(e.target.value)} data-testid="tiny-gpt-teach-prompt" />
          </div>
          {answer === null ? (
            <p className="slide-note">
              {!live ? 'Keine Vorhersage in der Vorschau.' : run.error ? 'Nicht trainiert – siehe die Meldung zum Korpus.' : 'Das Modell lernt noch …'}
            </p>
          ) : answer.ok ? (
            <div data-testid="tiny-gpt-teach-answer">
              <BarChart
                bars={answer.top.map((c, i) => ({ label: c.token === '.' ? '„.“' : c.token, value: c.probability, highlight: i === 0 }))}
                caption={`Die drei wahrscheinlichsten nächsten Wörter nach „${answer.tokens.join(' ')}“`}
              />
            </div>
          ) : (
            <p className="slide-error" role="alert" data-testid="tiny-gpt-teach-prompt-error">
              <bdi>{answer.message}</bdi>
            </p>
          )}
          <table className="gpt-probe-table" data-testid="tiny-gpt-teach-probes">
            <caption>{PROBES_TITLE}: wahrscheinlichstes nächstes Wort und seine Wahrscheinlichkeit</caption>
            <thead>
              <tr>
                <th scope="col">Satzanfang</th>
                <th scope="col">{LECTURE_COLUMN}</th>
                <th scope="col">{state.corpus === null ? CURRENT_COLUMN : RETRAINED_COLUMN}</th>
              </tr>
            </thead>
            <tbody>
              {TEACH_PROBES.map((question, i) => (
                <tr key={question}>
                  <th scope="row">„{question} …“</th>
                  <AnswerCell answer={lectureProbes[i]} pending="" />
                  <AnswerCell answer={modelProbes?.[i]} pending={!live ? '–' : run.error ? 'nicht trainiert' : 'lernt noch …'} />
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </SlideGrid>
    </LectureSlide>
  );
}
