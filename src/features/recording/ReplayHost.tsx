import { lazy, Suspense, useEffect, useRef, useSyncExternalStore } from 'react';
import type { DeckApi } from '../../shell/deckApi';
import { FILE_EXTENSION } from './fileExtension';
import type { SlidesShape } from './ReplayBar';
import { replayStore } from './replayStore';
import './replay.css';

// The player bar loads with the first recording opened: a deck without one never fetches it.
const ReplayBar = lazy(() => import('./ReplayBar').then((module) => ({ default: module.ReplayBar })));

/** The file picker, an error message and, with a recording open, the player bar. */
export function ReplayHost({ deck, slides }: { deck: DeckApi; slides: SlidesShape }) {
  const state = useSyncExternalStore(replayStore.subscribe, replayStore.get, replayStore.get);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => replayStore.registerPicker(() => input.current?.click()), []);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={`${FILE_EXTENSION},application/octet-stream`}
        hidden
        aria-label="Aufzeichnung öffnen"
        data-testid="replay-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void replayStore.openFile(file);
        }}
      />
      {state.kind === 'loading' && (
        <div className="replay-bar replay-bar-message" role="status">
          Aufzeichnung „{state.name}“ wird geladen …
        </div>
      )}
      {state.kind === 'error' && (
        <div className="replay-bar replay-bar-message" role="alert" data-testid="replay-error">
          <span>{state.message}</span>
          <button type="button" className="deck-button" onClick={() => replayStore.close()}>
            Schließen
          </button>
        </div>
      )}
      {state.kind === 'ready' && (
        <Suspense
          fallback={
            <div className="replay-bar replay-bar-message" role="status">
              Wiedergabe wird geladen …
            </div>
          }
        >
          <ReplayBar
            key={state.id}
            deck={deck}
            slides={slides}
            recording={state.recording}
            audioUrl={state.audioUrl}
            voice={state.voice}
            repairing={state.repairing}
            name={state.name}
          />
        </Suspense>
      )}
    </>
  );
}

/** True while a recording is being read or replayed: the window sync rests meanwhile. */
export function useReplayActive(): boolean {
  return useSyncExternalStore(replayStore.subscribe, () => ['loading', 'ready'].includes(replayStore.get().kind), () => false);
}
