import { useEffect, useMemo, useRef, useState } from 'react';
import type { DeckView } from '../../shell/deckApi';
import { elapsedAt } from '../../shell/lectureClock';
import type { SlideMeta } from '../../shell/manifest';
import { paceMinutesText, paceOf, plannedStartOf, runOf, scheduleOf, type TimePlan } from '../../shell/timePlan';
import { useNow } from '../../shell/useNow';
import type { ReadingText } from '../reading/readingText';
import { formatClock } from '../recording/timeline';
import { connectHall, type HallConnection, type HallStatus } from './connection';
import { relayUrl, type HallLink } from './link';
import type { HallClock } from './protocol';
import './hall.css';

type Props = { link: HallLink; slides: readonly SlideMeta[]; text: ReadingText; timePlan: TimePlan };

/**
 * The lecturer's phone as clicker (the presenter view's „Handy als Fernbedienung“): large Weiter and
 * Zurück buttons, where the talk is (slide and step), the clock, the pace against the time plan
 * (from the presenter's stopwatch and lecture length, as the presenter view computes it) and the
 * notes. The buttons ask the presenter view to move; the view shown is what the presenter sends
 * back, so the phone never guesses.
 */
export function RemotePage({ link, slides, text, timePlan }: Props) {
  const [status, setStatus] = useState<HallStatus>('connecting');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [view, setView] = useState<DeckView | null>(null);
  // The presenter's stopwatch as it arrived, and when (this phone's clock: the two clocks may differ).
  const [clock, setClock] = useState<(HallClock & { at: number }) | null>(null);
  const connection = useRef<HallConnection | null>(null);
  const now = useNow(1000);
  const lengthMinutes = clock?.lengthMinutes ?? timePlan.lengthMinutes;
  const schedule = useMemo(() => scheduleOf(timePlan, slides, lengthMinutes), [timePlan, slides, lengthMinutes]);

  useEffect(() => {
    document.title = 'Fernbedienung – Vom Token zur Antwort';
    const current = connectHall({
      url: relayUrl(link, window.location),
      onStatus: setStatus,
      onMessage: (message) => {
        if (message.type === 'view') setView(message.view);
        else if (message.type === 'clock') setClock({ ...message.clock, at: Date.now() });
        else if (message.type === 'refused') setRefusal(message.reason);
      },
    });
    connection.current = current;
    return () => current.close();
  }, [link]);

  const meta = view ? slides[view.slideIndex] : undefined;
  const steps = meta ? meta.steps + 1 : 1;
  const planned = view ? plannedStartOf(schedule, view.slideIndex, view.stepIndex) : null;
  const run = runOf(schedule, planned);
  const part = schedule.parts[planned?.partIndex ?? -1];
  const elapsed = clock ? elapsedAt(clock, now) : 0;
  const started = clock !== null && (clock.running || elapsed > 0);
  const delta = view ? paceOf(schedule, view.slideIndex, view.stepIndex, elapsed) : 0;
  const tone = !started || !view ? 'idle' : Math.abs(delta) < 30_000 ? 'on' : delta > 0 ? 'behind' : 'ahead';
  const canDrive = status === 'open';
  const command = (name: 'next' | 'previous') => connection.current?.send({ type: 'command', command: name });

  return (
    <main className="hall-remote" data-testid="remote">
      <h1 className="hall-remote-title">Fernbedienung</h1>
      <p className="hall-remote-status" role="status" data-testid="remote-status" data-status={status}>
        {status === 'refused'
          ? (refusal ?? 'Abgewiesen: falscher Schlüssel.')
          : status === 'open'
            ? 'Verbunden'
            : status === 'lost'
              ? 'Verbindung unterbrochen – verbinde neu …'
              : 'Verbinde …'}
      </p>
      <div className="hall-remote-buttons">
        <button type="button" className="hall-remote-button" disabled={!canDrive} onClick={() => command('previous')} data-testid="remote-previous">
          Zurück
        </button>
        <button type="button" className="hall-remote-button hall-remote-next" disabled={!canDrive} onClick={() => command('next')} data-testid="remote-next">
          Weiter
        </button>
      </div>
      <p className="hall-remote-where" data-testid="remote-view">
        {view && meta ? `Folie ${view.slideIndex + 1} von ${slides.length} · Schritt ${Math.min(view.stepIndex + 1, steps)} von ${steps}` : 'Noch keine Folie vom Präsentator'}
      </p>
      {meta && <p className="hall-remote-slide">{meta.title}</p>}
      <section className="hall-remote-plan" aria-label="Zeitplan" data-testid="remote-plan">
        <p className={`hall-remote-pace hall-remote-pace-${tone}`} data-testid="remote-pace" data-tone={tone}>
          {!clock ? 'Noch keine Zeit vom Präsentator' : !started ? 'Stoppuhr läuft noch nicht' : view ? paceMinutesText(delta) : 'Noch keine Folie vom Präsentator'}
        </p>
        {part && (
          <p className="hall-remote-part" data-testid="remote-part">
            {part.part.section === null ? '' : `Abschnitt ${part.part.section}: `}
            {part.part.title} · Budget {formatClock(part.endMs - part.startMs)}
          </p>
        )}
        <p className="hall-remote-clock" data-testid="remote-times">
          Vergangen {formatClock(elapsed)} von {formatClock(schedule.lengthMs)}
          {run && ` · hier geplant ${formatClock(run.startMs)}–${formatClock(run.endMs)}`}
          {` · Uhrzeit ${new Date(now).toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit' })}`}
        </p>
      </section>
      {meta && text[meta.id] && (
        <section className="hall-remote-notes" aria-label="Notizen">
          <h2>Notizen</h2>
          {/* The notes are the deck's own, rendered at build time (src/readingText.tsx), never relay text. */}
          <div className="speaker-notes" dangerouslySetInnerHTML={{ __html: text[meta.id].notes }} />
        </section>
      )}
    </main>
  );
}
