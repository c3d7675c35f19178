import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { BLACKOUT_KEY } from '../../shell/blackout';
import { recordingTracks } from '../../shell/recordingTracks';
import { sharedStore } from '../../shell/sharedStore';
import { keyInputOf } from '../../shell/keys';
import { bindingFor, type KeyCommand } from '../../shell/keymap';
import type { DeckApi } from '../../shell/deckApi';
import type { RecordedEvent, Recording, View } from './format';
import { CaptionsControls } from './Captions';
import { playbackProblem, voiceErrorMessage } from './containers';
import { replayStore } from './replayStore';
import './replay.css';
import { chapterAt, chaptersOf, formatClock, restoreTrack, stateAt } from './timeline';
import { VOICE_STALLED_MESSAGE, watchVoice } from './voiceWatchdog';

const SPEEDS = [1, 1.5, 2] as const;
/** Audio further off the timeline than this is put back in place. */
const AUDIO_DRIFT_MS = 250;

export type SlidesShape = readonly { readonly id: string; readonly steps: number }[];

/** Maps a recorded view to this deck by slide id (the deck may have changed since). */
function viewInDeck(recording: Recording, slides: SlidesShape, view: View): View {
  const id = recording.slides[view.slideIndex]?.id;
  const found = slides.findIndex((slide) => slide.id === id);
  const slideIndex = found >= 0 ? found : Math.min(view.slideIndex, slides.length - 1);
  return { slideIndex, stepIndex: Math.min(view.stepIndex, slides[slideIndex]?.steps ?? 0) };
}

type Props = { deck: DeckApi; slides: SlidesShape; recording: Recording; audioUrl: string | null; voice: Uint8Array | null; repairing: boolean; name: string };

/** What the voice does: plays, has none, cannot be played here, failed, or waits for a click. */
type Voice =
  | { readonly kind: 'ok' }
  | { readonly kind: 'none' }
  | { readonly kind: 'unplayable'; readonly message: string }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'blocked' };

function initialVoice(recording: Recording, audioUrl: string | null): Voice {
  if (!recording.audio || !audioUrl) return { kind: 'none' };
  const probe = document.createElement('audio');
  const message = playbackProblem(recording.audio.mimeType, (type) => probe.canPlayType(type));
  return message ? { kind: 'unplayable', message } : { kind: 'ok' };
}

/** The player bar (loaded with the first recording opened: src/features/recording/ReplayHost.tsx). */
export function ReplayBar({ deck, slides, recording, audioUrl, voice: voiceBytes, repairing, name }: Props) {
  const duration = recording.durationMs;
  const chapters = useMemo(() => chaptersOf(recording), [recording]);
  const [t, setT] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<(typeof SPEEDS)[number]>(1);
  const audio = useRef<HTMLAudioElement>(null);
  const [voice, setVoice] = useState<Voice>(() => initialVoice(recording, audioUrl));
  const voiceRef = useRef(voice);
  useEffect(() => {
    voiceRef.current = voice;
  });
  const deckRef = useRef(deck);
  // The view asked of the deck since it last rendered: deckRef does not show it yet.
  const askedRef = useRef<View | null>(null);
  useEffect(() => {
    deckRef.current = deck;
    askedRef.current = null;
  });
  const engine = useRef({ applied: 0, view: null as View | null, clockT: 0, clockAt: 0 });
  // While the voice is remuxed (replayStore), it plays from the start; a seek pauses it until the
  // seekable voice replaces it (a voice without an index may stop or ignore a seek).
  const repairingRef = useRef(repairing);
  const urlRef = useRef(audioUrl);
  const playingRef = useRef(false);
  const [waitingForRepair, setWaitingForRepair] = useState(false);
  const waitingRef = useRef(false);
  // The voice should play but stands still (voiceWatchdog): the deck runs on the wall clock meanwhile.
  const stalledRef = useRef(false);

  const goTo = useCallback(
    (view: View) => {
      const target = viewInDeck(recording, slides, view);
      engine.current.view = target;
      // Where the deck is headed, not where it is: two seeks within one render (a drag, ← then →)
      // would otherwise leave it at the first one's view when the second's is the one on screen.
      const { slideIndex, stepIndex } = askedRef.current ?? deckRef.current.pendingView;
      if (slideIndex !== target.slideIndex || stepIndex !== target.stepIndex) {
        askedRef.current = target;
        deckRef.current.goTo(target);
      }
    },
    [recording, slides],
  );

  const applyOne = useCallback(
    (event: RecordedEvent) => {
      switch (event.kind) {
        case 'view':
          goTo(event.view);
          break;
        case 'state':
          sharedStore.set(event.key, event.value, true);
          break;
        case 'blackout':
          sharedStore.set(BLACKOUT_KEY, event.blackout, true);
          break;
        case 'track':
          recordingTracks()
            .find((track) => track.name === event.track)
            ?.apply(event.event);
          break;
      }
    },
    [goTo],
  );

  /** The whole recorded state at `at`, from the start snapshot and the events up to it (seeking). */
  const applyAt = useCallback(
    (at: number) => {
      const state = stateAt(recording, at);
      for (const [key] of sharedStore.entries()) if (!(key in state.state) && key !== BLACKOUT_KEY) sharedStore.delete(key);
      for (const [key, value] of Object.entries(state.state)) sharedStore.set(key, value, true);
      sharedStore.set(BLACKOUT_KEY, state.blackout, true);
      for (const track of recordingTracks()) {
        const recorded = state.tracks[track.name];
        if (recorded) restoreTrack(track, recorded);
      }
      goTo(state.view);
      engine.current.applied = state.applied;
    },
    [recording, goTo],
  );

  const syncAudio = useCallback(
    (at: number, force: boolean) => {
      const element = audio.current;
      if (!element || !recording.audio || element.error) return;
      const target = (at - recording.audio.offsetMs) / 1000;
      const off = Math.abs(element.currentTime - target) * 1000 > AUDIO_DRIFT_MS;
      if (repairingRef.current) {
        if (off && !waitingRef.current) {
          waitingRef.current = true;
          setWaitingForRepair(true);
          element.pause();
        }
        return;
      }
      // A stalled voice is the watchdog's to seek: the drift check would seek it on every frame.
      if (force || (off && !stalledRef.current)) {
        try {
          element.currentTime = Math.max(0, target);
        } catch {
          // Not seekable yet (metadata still loading): it catches up on the next tick.
        }
      }
    },
    [recording.audio],
  );

  const seek = useCallback(
    (at: number) => {
      const clamped = Math.min(Math.max(0, Number.isFinite(at) ? at : 0), duration);
      engine.current.clockT = clamped;
      engine.current.clockAt = performance.now();
      applyAt(clamped);
      syncAudio(clamped, true);
      setT(clamped);
    },
    [applyAt, duration, syncAudio],
  );

  // Opening a recording shows its start; closing it gives each track back this window's own state.
  useEffect(() => {
    engine.current.clockT = 0;
    applyAt(0);
  }, [applyAt]);
  useEffect(
    () => () => {
      for (const track of recordingTracks()) track.release?.();
    },
    [],
  );

  const play = useCallback(() => {
    const from = engine.current.clockT >= duration ? 0 : engine.current.clockT;
    // Resuming puts the deck back where the lecturer was (a student may have moved a demo).
    seek(from);
    setPlaying(true);
  }, [duration, seek]);
  const pause = useCallback(() => {
    const element = audio.current;
    element?.pause();
    setPlaying(false);
  }, []);

  useEffect(() => {
    playingRef.current = playing;
    if (!playing) return;
    const element = audio.current;
    if (element && recording.audio && !element.error && !waitingRef.current) {
      element.playbackRate = speed;
      element.play().then(
        () => setVoice((current) => (current.kind === 'blocked' ? { kind: 'ok' } : current)),
        (error: unknown) => {
          // A pause before the start resolves rejects with AbortError: nothing to tell.
          const name = error instanceof DOMException ? error.name : '';
          if (name === 'NotAllowedError') setVoice({ kind: 'blocked' });
          else if (name !== 'AbortError') setVoice({ kind: 'error', message: voiceErrorMessage(element.error?.code ?? 4) });
        },
      );
    }
    engine.current.clockAt = performance.now();
    let frame = 0;
    const tick = () => {
      const now = performance.now();
      // While the voice plays, it is the clock (the deck follows it: no drift); otherwise the wall clock.
      const voiceClock = element && recording.audio && !stalledRef.current && !element.paused && !element.seeking && !element.ended && !element.error && element.readyState >= 3;
      const at = voiceClock
        ? Math.min(duration, element.currentTime * 1000 + recording.audio!.offsetMs)
        : Math.min(duration, engine.current.clockT + (now - engine.current.clockAt) * speed);
      engine.current.clockT = at;
      engine.current.clockAt = now;
      const events = recording.events;
      while (engine.current.applied < events.length && events[engine.current.applied].t <= at) {
        applyOne(events[engine.current.applied]);
        engine.current.applied += 1;
      }
      syncAudio(at, false);
      setT(at);
      if (at >= duration) {
        element?.pause();
        setPlaying(false);
        return;
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    const stopWatch =
      element && recording.audio
        ? watchVoice(element, () => !waitingRef.current && voiceRef.current.kind !== 'blocked', {
            stalled: (stalled) => {
              stalledRef.current = stalled;
              // The voice plays on after all: the stall message is no longer true.
              if (!stalled) setVoice((current) => (current.kind === 'error' && current.message === VOICE_STALLED_MESSAGE ? { kind: 'ok' } : current));
            },
            reseek: () => syncAudio(engine.current.clockT, true),
            reload: () => {
              element.load();
              element.addEventListener(
                'loadedmetadata',
                () => {
                  syncAudio(engine.current.clockT, true);
                  element.playbackRate = speed;
                  if (playingRef.current) void element.play().catch(() => undefined);
                },
                { once: true },
              );
            },
            failed: () => setVoice({ kind: 'error', message: VOICE_STALLED_MESSAGE }),
          })
        : () => undefined;
    return () => {
      cancelAnimationFrame(frame);
      stopWatch();
      stalledRef.current = false;
      element?.pause();
    };
  }, [playing, speed, duration, recording, applyOne, syncAudio]);

  // The repair is over. Mostly the seekable voice has replaced the one being repaired (a new src;
  // loading it paused the element and reset its rate); a repair that failed leaves the voice as it
  // was. Either way: put it where the deck is and play on if the replay plays.
  useEffect(() => {
    if (repairingRef.current === repairing) return;
    repairingRef.current = repairing;
    const element = audio.current;
    if (repairing || !element) return;
    const swapped = urlRef.current !== audioUrl;
    urlRef.current = audioUrl;
    // An error of the voice as it was is no longer the new voice's.
    if (swapped) setVoice((current) => (current.kind === 'error' ? { kind: 'ok' } : current));
    const resume = () => {
      waitingRef.current = false;
      setWaitingForRepair(false);
      syncAudio(engine.current.clockT, true);
      if (playingRef.current) {
        element.playbackRate = speed;
        void element.play().catch(() => undefined);
      }
    };
    // Loading the new src reset readyState to 0: metadata already there are the new voice's.
    if (!swapped || element.readyState >= 1) resume();
    else element.addEventListener('loadedmetadata', resume, { once: true });
  }, [repairing, audioUrl, speed, syncAudio]);

  // A student who moves a demo or the slide while it plays takes over: the player pauses.
  useEffect(
    () =>
      sharedStore.onLocalChange(() => {
        setPlaying(false);
      }),
    [],
  );
  const { slideIndex, stepIndex } = deck.view;
  useEffect(() => {
    const expected = engine.current.view;
    if (!playing || !expected) return;
    if (expected.slideIndex !== slideIndex || expected.stepIndex !== stepIndex) {
      // The stage moves at once (Spectacle's overview through pendingView first); a view that differs after it is the student's own.
      if (deck.pendingView.slideIndex === expected.slideIndex && deck.pendingView.stepIndex === expected.stepIndex) return;
      setPlaying(false);
    }
  }, [playing, slideIndex, stepIndex, deck.pendingView.slideIndex, deck.pendingView.stepIndex]);

  /** „Ton starten“: a click is the gesture the browser waited for. */
  const startVoice = () => {
    const element = audio.current;
    if (!element) return;
    syncAudio(engine.current.clockT, true);
    element.play().then(
      () => {
        setVoice({ kind: 'ok' });
        if (!playing) play();
      },
      () => setVoice({ kind: 'error', message: voiceErrorMessage(element.error?.code) }),
    );
  };
  /** „Erneut versuchen“: reload the voice and put it where the deck is. */
  const retryVoice = () => {
    const element = audio.current;
    if (!element) return;
    setVoice({ kind: 'ok' });
    element.load();
    element.addEventListener('loadedmetadata', () => syncAudio(engine.current.clockT, true), { once: true });
    if (playing) {
      element.playbackRate = speed;
      void element.play().catch(() => undefined);
    }
  };

  const chapter = chapterAt(chapters, t);
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (bindingFor('player', keyInputOf(event.nativeEvent))?.command === 'play-pause') {
      event.preventDefault();
      event.stopPropagation();
      if (playing) pause();
      else play();
    } else if (event.key === 'Escape') {
      event.stopPropagation();
    }
  };
  const onSeekKey = (event: React.KeyboardEvent) => {
    // ←/→ 5 s, Bild ↑/↓ 1 min, Pos1/Ende: start/end (the slider's own steps would be milliseconds).
    const command = bindingFor('player-seek', keyInputOf(event.nativeEvent))?.command;
    const targets: Partial<Record<KeyCommand, number>> = {
      'seek-back-5s': t - 5000,
      'seek-forward-5s': t + 5000,
      'seek-back-1min': t - 60_000,
      'seek-forward-1min': t + 60_000,
      'seek-start': 0,
      'seek-end': duration,
    };
    const target = command && targets[command];
    if (target === undefined) return;
    seek(target);
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <div
      className="replay-bar"
      role="region"
      aria-label="Aufzeichnung abspielen"
      data-testid="replay-bar"
      data-replay-t={Math.round(t)}
      data-playing={playing ? 'true' : 'false'}
      data-voice-seekable={repairing ? 'false' : 'true'}
      onKeyDown={onKeyDown}
    >
      {audioUrl && voice.kind !== 'unplayable' && (
        <audio
          ref={audio}
          src={audioUrl}
          preload="auto"
          data-testid="replay-audio"
          onError={(event) => setVoice({ kind: 'error', message: voiceErrorMessage(event.currentTarget.error?.code) })}
        />
      )}
      {voice.kind !== 'ok' && (
        <div className="replay-voice" role={voice.kind === 'none' ? 'status' : 'alert'} data-testid="replay-voice" data-voice={voice.kind}>
          <span>
            {voice.kind === 'none' && 'Diese Aufzeichnung hat keinen Ton: Es laufen nur Folien, Schritte und Demos.'}
            {voice.kind === 'unplayable' && voice.message}
            {voice.kind === 'error' && voice.message}
            {voice.kind === 'blocked' && 'Der Browser hat den Ton nicht von selbst gestartet.'}
          </span>
          {voice.kind === 'blocked' && (
            <button type="button" className="deck-button" onClick={startVoice} data-testid="replay-voice-action">
              Ton starten
            </button>
          )}
          {voice.kind === 'error' && (
            <button type="button" className="deck-button" onClick={retryVoice} data-testid="replay-voice-action">
              Erneut versuchen
            </button>
          )}
        </div>
      )}
      <button type="button" className="deck-button replay-play" onClick={playing ? pause : play} aria-keyshortcuts="K" data-testid="replay-play">
        {playing ? '⏸ Pause' : t > 0 && t < duration ? '▶ Fortsetzen' : '▶ Abspielen'}
      </button>
      <span className="replay-time" data-testid="replay-time">
        {formatClock(t)} / {formatClock(duration)}
        {voice.kind !== 'ok' && <span className="replay-note"> · ohne Ton</span>}
        {voice.kind === 'ok' && waitingForRepair && (
          <span className="replay-note" role="status" data-testid="replay-voice-waiting">
            {' '}
            · Ton wird für Sprünge vorbereitet …
          </span>
        )}
      </span>
      <input
        type="range"
        className="replay-seek"
        min={0}
        max={Math.max(1, Math.round(duration))}
        step="any"
        value={Math.round(t)}
        onChange={(event) => seek(Number(event.target.value))}
        onKeyDown={onSeekKey}
        aria-label="Position in der Aufzeichnung"
        aria-valuetext={`${formatClock(t)} von ${formatClock(duration)}`}
        data-testid="replay-seek"
      />
      <div className="replay-speeds" role="group" aria-label="Geschwindigkeit">
        {SPEEDS.map((value) => (
          <button
            key={value}
            type="button"
            className="deck-button replay-speed"
            aria-pressed={speed === value}
            onClick={() => {
              engine.current.clockAt = performance.now();
              setSpeed(value);
            }}
          >
            {value.toLocaleString('de-DE')}×
          </button>
        ))}
      </div>
      <CaptionsControls recording={recording} voice={voiceBytes} name={name} t={t} seek={seek} />
      <select
        className="replay-chapters"
        aria-label="Kapitel"
        value={chapter}
        onChange={(event) => seek(chapters[Number(event.target.value)]?.startMs ?? 0)}
        data-testid="replay-chapters"
      >
        {chapters.map((entry, index) => (
          <option key={`${entry.section ?? 'start'}`} value={index}>
            {formatClock(entry.startMs)} · {entry.title}
          </option>
        ))}
      </select>
      <button type="button" className="deck-button replay-close" onClick={() => replayStore.close()} aria-label="Wiedergabe schließen">
        ✕
      </button>
    </div>
  );
}
