/**
 * Makes a voice seekable (seekable.ts) in a Web Worker, so that a player can open a recording at
 * once and play it from the start while a long voice is remuxed; on the main thread where no worker
 * starts (tests, a browser that refuses it). Never throws: unreadable bytes come back as they were.
 */
import type { VoiceRepairAnswer } from './seekable.worker';
import { createVoiceWorker } from './voiceWorker';

async function onMainThread(bytes: Uint8Array, mimeType: string): Promise<VoiceRepairAnswer> {
  const { seekableVoice } = await import('./seekable');
  return seekableVoice(bytes, mimeType);
}

/** The voice with an index (a copy of `bytes` goes to the worker; `bytes` stay usable). */
export function repairVoice(bytes: Uint8Array, mimeType: string): Promise<VoiceRepairAnswer> {
  let worker: Worker;
  try {
    if (typeof Worker === 'undefined') return onMainThread(bytes, mimeType);
    worker = createVoiceWorker();
  } catch {
    return onMainThread(bytes, mimeType);
  }
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<VoiceRepairAnswer>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(onMainThread(bytes, mimeType));
    };
    const copy = bytes.slice();
    worker.postMessage({ bytes: copy, mimeType }, [copy.buffer]);
  });
}
