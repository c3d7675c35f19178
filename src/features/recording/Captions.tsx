/**
 * Captions and transcript of a recording: „Untertitel hinzufügen“ reads a WebVTT file (it then
 * travels inside the .vtzrec once saved), the captions show over the deck (on/off, three sizes), and
 * the transcript panel lists every line with a search; a click on a line seeks there. Cue text is
 * rendered as React text, never as HTML.
 */
import { useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { encodeRecording, type Recording } from './format';
import { downloadRecording } from './recorder';
import { formatClock } from './timeline';
import { cuesAt, parseVtt, searchCues, VttError, type Cue } from './vtt';

const SIZES = [
  { label: 'klein', px: 28 },
  { label: 'mittel', px: 36 },
  { label: 'groß', px: 44 },
] as const;

type Props = {
  recording: Recording;
  voice: Uint8Array | null;
  name: string;
  /** The replay's time (timeline ms). */
  t: number;
  seek: (timelineMs: number) => void;
};

function initialCues(recording: Recording): { cues: Cue[]; message: string | null } {
  if (!recording.captions) return { cues: [], message: null };
  try {
    return { cues: parseVtt(recording.captions), message: null };
  } catch (error) {
    return { cues: [], message: error instanceof VttError ? `Die Untertitel dieser Aufzeichnung sind fehlerhaft: ${error.message}` : 'Die Untertitel dieser Aufzeichnung ließen sich nicht lesen.' };
  }
}

export function CaptionsControls({ recording, voice, name, t, seek }: Props) {
  const initial = useMemo(() => initialCues(recording), [recording]);
  const [cues, setCues] = useState<Cue[]>(initial.cues);
  const [vtt, setVtt] = useState<string | null>(recording.captions ?? null);
  const [added, setAdded] = useState(false);
  const [message, setMessage] = useState<string | null>(initial.message);
  const [shown, setShown] = useState(true);
  const [size, setSize] = useState(0);
  const [panel, setPanel] = useState(false);
  const [query, setQuery] = useState('');
  const picker = useRef<HTMLInputElement>(null);
  // Cue times are on the voice's clock; the timeline started offsetMs earlier.
  const offset = recording.audio?.offsetMs ?? 0;
  const voiceT = t - offset;
  const current = cuesAt(cues, voiceT);
  const found = useMemo(() => searchCues(cues, query), [cues, query]);

  const addFile = async (file: File) => {
    try {
      const text = await file.text();
      const parsed = parseVtt(text);
      if (parsed.length === 0) {
        setMessage(`„${file.name.slice(0, 60)}“ enthält keine Untertitel.`);
        return;
      }
      setCues(parsed);
      setVtt(text);
      setAdded(true);
      setShown(true);
      setMessage(`${parsed.length.toLocaleString('de-DE')} Untertitel hinzugefügt. „Mit Untertiteln speichern“ legt sie in die Aufzeichnung.`);
    } catch (error) {
      setMessage(error instanceof VttError ? error.message : `„${file.name.slice(0, 60)}“ ließ sich nicht lesen.`);
    }
  };

  const save = () => {
    const bytes = encodeRecording({ ...recording, captions: vtt }, voice);
    const base = name.replace(/\.vtzrec$/i, '');
    downloadRecording(bytes, `${base}-untertitel.vtzrec`);
  };

  return (
    <>
      <button type="button" className="deck-button replay-captions-toggle" aria-expanded={panel} aria-controls="replay-transcript" onClick={() => setPanel(!panel)} data-testid="replay-captions-panel-toggle">
        Untertitel
      </button>
      {createPortal(
        <>
          {shown && current.length > 0 && (
            <div className={panel ? 'replay-captions beside-transcript' : 'replay-captions'} style={{ fontSize: `${SIZES[size].px}px` }} data-testid="replay-captions" aria-live="off">
              {current.map((cue) => (
                <p key={`${cue.startMs}-${cue.endMs}-${cue.text}`}>{cue.text}</p>
              ))}
            </div>
          )}
          {panel && (
            // Keys typed here belong to the search field, not to the player.
            <section id="replay-transcript" className="replay-transcript" aria-label="Untertitel und Mitschrift" data-testid="replay-transcript" onKeyDown={(event) => event.stopPropagation()}>
              <div className="replay-transcript-tools">
                <input
                  ref={picker}
                  type="file"
                  accept=".vtt,text/vtt"
                  hidden
                  aria-label="Untertiteldatei (WebVTT) wählen"
                  data-testid="replay-vtt-input"
                  onChange={(event) => {
                    const file = event.target.files?.[0];
                    event.target.value = '';
                    if (file) void addFile(file);
                  }}
                />
                <button type="button" className="deck-button" onClick={() => picker.current?.click()} data-testid="replay-vtt-add">
                  Untertitel hinzufügen
                </button>
                {added && (
                  <button type="button" className="deck-button" onClick={save} data-testid="replay-vtt-save">
                    Mit Untertiteln speichern
                  </button>
                )}
                <button type="button" className="deck-button" aria-pressed={shown} disabled={cues.length === 0} onClick={() => setShown(!shown)} data-testid="replay-captions-shown">
                  Untertitel anzeigen
                </button>
                <button
                  type="button"
                  className="deck-button"
                  disabled={cues.length === 0}
                  onClick={() => setSize((size + 1) % SIZES.length)}
                  aria-label={`Schriftgröße der Untertitel: ${SIZES[size].label}, ändern`}
                  data-testid="replay-captions-size"
                >
                  Größe: {SIZES[size].label}
                </button>
                <button type="button" className="deck-button" onClick={() => setPanel(false)} aria-label="Mitschrift schließen">
                  ✕
                </button>
              </div>
              {message && (
                <p className="replay-transcript-message" role="status" data-testid="replay-vtt-message">
                  {message}
                </p>
              )}
              {cues.length > 0 && (
                <>
                  <input
                    type="search"
                    className="replay-transcript-search"
                    value={query}
                    onChange={(event) => setQuery(event.target.value)}
                    placeholder="In der Mitschrift suchen"
                    aria-label="In der Mitschrift suchen"
                    data-testid="replay-transcript-search"
                  />
                  <p className="replay-transcript-count" aria-live="polite">
                    {found.length.toLocaleString('de-DE')} von {cues.length.toLocaleString('de-DE')} Zeilen
                  </p>
                  <ol className="replay-transcript-lines">
                    {found.map((index) => {
                      const cue = cues[index];
                      const active = cue.startMs <= voiceT && voiceT < cue.endMs;
                      return (
                        <li key={index}>
                          <button type="button" aria-current={active ? 'true' : undefined} onClick={() => seek(cue.startMs + offset)} data-testid="replay-transcript-line">
                            <span className="replay-transcript-time">{formatClock(cue.startMs + offset)}</span> {cue.text}
                          </button>
                        </li>
                      );
                    })}
                  </ol>
                </>
              )}
            </section>
          )}
        </>,
        document.body,
      )}
    </>
  );
}
