/**
 * Ink in the browser's storage (localStorage, one JSON document in the export format), so a reload
 * keeps it. Every window of the deck writes the same strokes (sync keeps them equal); a write
 * follows a change after a short pause, and at once when the page is hidden or left.
 */
import { emptyDocument, type Stroke } from './model';
import type { InkOrigin, InkStore } from './store';
import { parseInkJson, type ParsedDocument } from './validate';

export const INK_STORAGE_KEY = 'vom-token-zur-antwort-ink';
const SAVE_DELAY_MS = 250;

/** localStorage, or null where there is none (or it may not be used: private mode, sandbox). */
export function browserStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** The saved ink; null when nothing is saved. */
export function loadInk(storage: Storage | null): ParsedDocument | null {
  let text: string | null;
  try {
    text = storage?.getItem(INK_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
  return text === null ? null : parseInkJson(text);
}

/** Writes the ink; returns a German message when the browser refused (full, forbidden). */
export function saveInk(storage: Storage | null, strokes: readonly Stroke[]): string | null {
  if (!storage) return null;
  try {
    storage.setItem(INK_STORAGE_KEY, JSON.stringify(emptyDocument(strokes)));
    return null;
  } catch (error) {
    return `Die Tinte konnte nicht im Browser gespeichert werden: ${error instanceof Error ? error.message : String(error)}`;
  }
}

const SAVED_ORIGINS: ReadonlySet<InkOrigin> = new Set(['local', 'remote']);

/**
 * Loads the saved ink into the store (broken strokes left out, each reported through `notify`),
 * then saves every change made here or arriving from another window. Replayed ink is not saved.
 */
export function startPersistence(store: InkStore, storage: Storage | null, notify: (message: string) => void, delay = SAVE_DELAY_MS): () => void {
  const saved = loadInk(storage);
  if (saved && !saved.ok) notify(`Die gespeicherte Tinte ist beschädigt und wurde nicht geladen: ${saved.message}`);
  if (saved?.ok) {
    for (const problem of saved.problems) notify(`Gespeicherte Tinte, ${problem} (ausgelassen)`);
    store.merge(saved.strokes, 'load');
  }
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    timer = null;
    const problem = saveInk(storage, store.own());
    if (problem) notify(problem);
  };
  const schedule = (origin: InkOrigin) => {
    if (SAVED_ORIGINS.has(origin) && timer === null) timer = setTimeout(flush, delay);
  };
  const stopEvents = store.onEvent((_event, origin) => schedule(origin));
  const stopReplace = store.onReplace(schedule);
  const onHide = () => flush();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
  }
  return () => {
    flush();
    stopEvents();
    stopReplace();
    if (typeof window !== 'undefined') {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    }
  };
}
