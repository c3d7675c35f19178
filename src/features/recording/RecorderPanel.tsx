import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { fileOfSession, formatSize, downloadRecording, type LectureRecorder } from './recorder';
import { useNow } from '../../shell/useNow';
import { recordingStore, type SessionHeader } from './store';
import { formatClock } from './timeline';

type Props = { recorder: LectureRecorder; withMicrophone: boolean; onMicrophoneChange: (on: boolean) => void; onStart: () => void };

/** Start/stop (R), the microphone choice, the recording's time, and unfinished recordings to restore. */
export function RecorderPanel({ recorder, withMicrophone, onMicrophoneChange, onStart }: Props) {
  const status = useSyncExternalStore(recorder.subscribe, () => recorder.status, () => recorder.status);
  const recording = status.kind === 'recording';
  const busy = status.kind === 'starting' || status.kind === 'saving';
  const toggle = () => {
    if (recording) return void recorder.stop();
    onStart();
    void recorder.start(withMicrophone);
  };
  const message = status.kind === 'idle' || status.kind === 'recording' ? status.message : undefined;
  return (
    <div className="presenter-recorder" data-testid="recorder" data-recording={recording ? 'true' : 'false'}>
      <button
        type="button"
        className={`deck-button presenter-record${recording ? ' presenter-record-on' : ''}`}
        onClick={toggle}
        disabled={busy}
        aria-keyshortcuts="R"
        data-testid="record-button"
      >
        {status.kind === 'starting' ? 'Aufnahme startet …' : status.kind === 'saving' ? 'Wird gespeichert …' : recording ? '■ Aufnahme beenden (R)' : '● Aufnahme starten (R)'}
      </button>
      {recording ? (
        <span className="presenter-record-time" aria-live="off">
          {status.withVoice ? 'mit Ton' : 'ohne Ton'} · <RecordingTime since={status.startedAt} />
        </span>
      ) : (
        <label className="presenter-check">
          <input type="checkbox" checked={withMicrophone} onChange={(event) => onMicrophoneChange(event.target.checked)} disabled={busy} />
          mit Mikrofon
        </label>
      )}
      {message && (
        <p className="presenter-record-message" role="status" data-testid="record-message">
          {message}
        </p>
      )}
    </div>
  );
}

function RecordingTime({ since }: { since: number }) {
  return <>{formatClock(useNow() - since)}</>;
}

/** Recordings a crash or reload interrupted: offered again („Unterbrochene Aufzeichnung wiederherstellen“). */
export function InterruptedRecordings({ recorder }: { recorder: LectureRecorder }) {
  const [sessions, setSessions] = useState<SessionHeader[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const refresh = useCallback(() => {
    recordingStore
      .sessions()
      .then((all) => setSessions(all.filter((session) => session.id !== recorder.sessionId)))
      .catch(() => setSessions([]));
  }, [recorder]);
  useEffect(refresh, [refresh]);
  if (sessions.length === 0 && !note) return null;
  const restore = async (id: string) => {
    const session = await recordingStore.load(id);
    if (!session) return refresh();
    const { bytes, name } = await fileOfSession(session);
    downloadRecording(bytes, name);
    await recordingStore.remove(id);
    setNote(`Wiederhergestellt: ${name} (${formatSize(bytes.byteLength)}, ${formatClock(session.lastT)})`);
    refresh();
  };
  const discard = async (id: string) => {
    await recordingStore.remove(id);
    refresh();
  };
  return (
    <div className="presenter-interrupted" role="region" aria-label="Unterbrochene Aufzeichnungen" data-testid="interrupted">
      {note && <p role="status">{note}</p>}
      {sessions.map((session) => (
        <p key={session.id}>
          Unterbrochene Aufzeichnung vom {new Date(session.createdAt).toLocaleString('de-DE', { dateStyle: 'short', timeStyle: 'short' })}
          <button type="button" className="deck-button" onClick={() => void restore(session.id)} data-testid="restore-recording">
            Unterbrochene Aufzeichnung wiederherstellen
          </button>
          <button type="button" className="deck-button" onClick={() => void discard(session.id)}>
            Verwerfen
          </button>
        </p>
      ))}
    </div>
  );
}
