/**
 * Crash safety: a recording in progress is written to IndexedDB as it arrives (every event, every
 * audio chunk of about a second), so a tab that crashes or reloads loses at most the last chunk; the
 * presenter view offers unfinished recordings again after a reload. Audio is stored as ArrayBuffers:
 * Safari's IndexedDB refuses Blob values (entries written as Blobs by older versions still load).
 */
import type { AudioInfo, RecordedEvent, RecordedSection, RecordedSlide, StartState } from './format';

const DB_NAME = 'vom-token-zur-antwort-recordings';
const DB_VERSION = 1;

export interface SessionHeader {
  readonly id: string;
  readonly createdAt: string;
  readonly slides: readonly RecordedSlide[];
  readonly sections: readonly RecordedSection[];
  readonly start: StartState;
  /** Null when the microphone was not allowed or is absent. */
  readonly audio: Omit<AudioInfo, 'byteLength'> | null;
}

export interface StoredSession {
  readonly header: SessionHeader;
  readonly events: RecordedEvent[];
  /** The audio chunks in order: ArrayBuffers (Blobs in sessions stored before). */
  readonly chunks: BlobPart[];
  /** The last time anything arrived (ms after the start). */
  readonly lastT: number;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB-Fehler'));
  });
}

let dbPromise: Promise<IDBDatabase> | null = null;

function openDb(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('Dieser Browser hat keinen lokalen Speicher (IndexedDB).'));
  dbPromise ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      db.createObjectStore('sessions', { keyPath: 'id' });
      db.createObjectStore('events', { autoIncrement: true }).createIndex('session', 'session');
      db.createObjectStore('chunks', { autoIncrement: true }).createIndex('session', 'session');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => {
      dbPromise = null;
      reject(req.error ?? new Error('IndexedDB lässt sich nicht öffnen.'));
    };
  });
  return dbPromise;
}

function write(stores: string[], run: (tx: IDBTransaction) => void): Promise<void> {
  return openDb().then(
    (db) =>
      new Promise<void>((resolve, reject) => {
        const tx = db.transaction(stores, 'readwrite');
        run(tx);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB-Schreibfehler'));
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB-Schreibvorgang abgebrochen'));
      }),
  );
}

export const recordingStore = {
  createSession(header: SessionHeader): Promise<void> {
    return write(['sessions'], (tx) => tx.objectStore('sessions').put(header));
  },
  appendEvent(session: string, event: RecordedEvent): Promise<void> {
    return write(['events'], (tx) => tx.objectStore('events').add({ session, event }));
  },
  async appendChunk(session: string, t: number, blob: Blob): Promise<void> {
    const bytes = await blob.arrayBuffer();
    return write(['chunks'], (tx) => tx.objectStore('chunks').add({ session, t, bytes }));
  },
  async load(session: string): Promise<StoredSession | null> {
    const db = await openDb();
    const tx = db.transaction(['sessions', 'events', 'chunks'], 'readonly');
    const header = (await request(tx.objectStore('sessions').get(session))) as SessionHeader | undefined;
    if (!header) return null;
    const events = (await request(tx.objectStore('events').index('session').getAll(session))) as { event: RecordedEvent }[];
    const chunks = (await request(tx.objectStore('chunks').index('session').getAll(session))) as { t: number; bytes?: ArrayBuffer; blob?: Blob }[];
    const list = events.map((e) => e.event).sort((a, b) => a.t - b.t);
    const lastT = Math.max(0, list.at(-1)?.t ?? 0, chunks.at(-1)?.t ?? 0);
    const parts = chunks.flatMap((c): BlobPart[] => (c.bytes ? [c.bytes] : c.blob ? [c.blob] : []));
    return { header, events: list, chunks: parts, lastT };
  },
  async sessions(): Promise<SessionHeader[]> {
    const db = await openDb();
    return (await request(db.transaction('sessions', 'readonly').objectStore('sessions').getAll())) as SessionHeader[];
  },
  async remove(session: string): Promise<void> {
    const db = await openDb();
    const keysOf = async (store: string) =>
      request(db.transaction(store, 'readonly').objectStore(store).index('session').getAllKeys(session));
    const [eventKeys, chunkKeys] = await Promise.all([keysOf('events'), keysOf('chunks')]);
    await write(['sessions', 'events', 'chunks'], (tx) => {
      tx.objectStore('sessions').delete(session);
      for (const key of eventKeys) tx.objectStore('events').delete(key);
      for (const key of chunkKeys) tx.objectStore('chunks').delete(key);
    });
  },
};
