import { useEffect, useState } from 'react';
import { windowDeck } from '../../shell/windowDeck';
import { elapsedAt, lectureClock } from '../../shell/lectureClock';
import { sharedStore } from '../../shell/sharedStore';
import { inkStore } from '../ink/store';
import { connectHall, type HallStatus } from './connection';
import { createInkSender, hallInkOf, strokeMessages } from './inkBatch';
import { relayUrl, type HallLink } from './link';
import { checkLecturerMessage, type LecturerMessage } from './protocol';
import { LazyQrCode } from './LazyQrCode';
import { announceHallAddress } from './HallTitleCode';
import './hall.css';

/** The remote page's address: the follow address's origin with the lecturer's key. */
export function remoteUrlOf(followUrl: string, key: string): string {
  const url = new URL(followUrl);
  url.search = new URLSearchParams({ hall: 'remote', key }).toString();
  return url.toString();
}

/**
 * The presenter view in the hall: sends the deck's view, the demos' state, the ink and the
 * stopwatch to the relay (view, state and stopwatch again on every reconnection; every stroke again
 * to a relay that started anew, so a relay restart loses nothing), takes Weiter/Zurück from the
 * lecturer's phone, and shows the two QR codes: „Auf dem Handy mitlesen“ for the students, „Handy
 * als Fernbedienung“ (with the secret) for the lecturer.
 */
export function HallLecturer({ link }: { link: HallLink }) {
  const [status, setStatus] = useState<HallStatus>('connecting');
  const [followUrl, setFollowUrl] = useState<string | null>(null);
  const [shown, setShown] = useState<'follow' | 'remote' | null>(null);

  useEffect(() => {
    let sent = new Map<string, unknown>();
    let lastView = '';
    const sendChecked = (send: (message: LecturerMessage) => void, message: LecturerMessage) => {
      // What the relay would drop is not sent (a demo value too large, a key it does not take).
      if (checkLecturerMessage(message).ok) send(message);
    };
    const sendView = (send: (message: LecturerMessage) => void, force: boolean) => {
      const deck = windowDeck()?.get();
      if (!deck) return;
      const key = `${deck.slideIndex}/${deck.stepIndex}`;
      if (!force && key === lastView) return;
      lastView = key;
      send({ type: 'view', view: { slideIndex: deck.slideIndex, stepIndex: deck.stepIndex } });
    };
    const sendState = (send: (message: LecturerMessage) => void) => {
      for (const [key, value] of sharedStore.entries()) {
        if (sent.has(key) && Object.is(sent.get(key), value)) continue;
        sent.set(key, value);
        sendChecked(send, { type: 'state', key, value });
      }
    };
    const sendClock = (send: (message: LecturerMessage) => void) => {
      const clock = lectureClock.get();
      if (clock) sendChecked(send, { type: 'clock', clock: { elapsedMs: elapsedAt(clock, Date.now()), running: clock.running, lengthMinutes: clock.lengthMinutes } });
    };
    let open = false;
    // The relay's run this page has sent its ink to: a new run (a relay started anew) gets every stroke.
    let inkRun = '';
    const connection = connectHall({
      url: relayUrl(link, window.location, true),
      onStatus: (next) => {
        open = next === 'open';
        setStatus(next);
      },
      onOpen: (send) => {
        sent = new Map();
        sendView(send, true);
        sendState(send);
        sendClock(send);
      },
      onMessage: (message) => {
        if (message.type === 'welcome') {
          setFollowUrl(message.followUrl);
          // A relay met for the first time (this page's first connection, or a relay started anew):
          // the ink it passed on so far is void (it may hold strokes another presenter window drew
          // and cleared), and this window's strokes follow whole.
          if (message.run !== inkRun) {
            connection.send({ type: 'ink-reset' });
            ink.restart(inkStore.own().flatMap(strokeMessages));
          } else ink.resume();
          inkRun = message.run;
        } else if (message.type === 'command') {
          const deck = windowDeck();
          if (message.command === 'next') deck?.next();
          else deck?.previous();
        }
      },
    });
    const ink = createInkSender((item) => sendChecked(connection.send, { type: 'ink', ...item }), () => open);
    const stopView = windowDeck()?.subscribe(() => sendView(connection.send, false)) ?? (() => undefined);
    const stopState = sharedStore.subscribe(() => sendState(connection.send));
    const stopClock = lectureClock.subscribe(() => sendClock(connection.send));
    // The lecturer's ink from every window of this browser (the projector's too).
    const stopInk = inkStore.onEvent((event, origin) => {
      if (origin === 'local' || origin === 'remote') ink.push(hallInkOf(event, inkStore.own()));
    });
    return () => {
      stopView();
      stopState();
      stopClock();
      stopInk();
      ink.stop();
      connection.close();
    };
  }, [link]);

  // The projector's window (same browser) shows the follow code on the title slide.
  useEffect(() => (followUrl ? announceHallAddress(followUrl) : undefined), [followUrl]);

  const statusText = status === 'open' ? 'Hörsaal verbunden' : status === 'refused' ? 'Hörsaal: Schlüssel abgewiesen' : 'Hörsaal: verbinde …';
  return (
    <div className="hall-lecturer" role="group" aria-label="Hörsaal">
      <span className="hall-lecturer-status" data-testid="hall-status" data-status={status}>
        {statusText}
      </span>
      <button type="button" className="deck-button" aria-expanded={shown === 'follow'} disabled={!followUrl} onClick={() => setShown(shown === 'follow' ? null : 'follow')}>
        Auf dem Handy mitlesen
      </button>
      <button type="button" className="deck-button" aria-expanded={shown === 'remote'} disabled={!followUrl || !link.key} onClick={() => setShown(shown === 'remote' ? null : 'remote')}>
        Handy als Fernbedienung
      </button>
      {shown && followUrl && (
        <div className="hall-code" role="dialog" aria-label={shown === 'follow' ? 'QR-Code zum Mitlesen' : 'QR-Code für die Fernbedienung'} data-testid={`hall-code-${shown}`}>
          {shown === 'follow' ? (
            <>
              <LazyQrCode text={followUrl} label={`QR-Code zum Mitlesen: ${followUrl}`} />
              <p className="hall-code-url">{followUrl}</p>
            </>
          ) : (
            <>
              <LazyQrCode text={remoteUrlOf(followUrl, link.key ?? '')} label="QR-Code für die Fernbedienung (mit Ihrem Schlüssel)" />
              <p>Nur mit dem eigenen Handy scannen: der Code enthält den Schlüssel zum Steuern.</p>
            </>
          )}
          <button type="button" className="deck-button" onClick={() => setShown(null)}>
            Schließen
          </button>
        </div>
      )}
    </div>
  );
}
