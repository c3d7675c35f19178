/**
 * The single-file build's voice repair worker (vite.single.config.ts aliases ./voiceWorker to this
 * file): inlined into the page and started from a blob: URL, because a page opened from file:// may
 * not start a worker from a file. If even that fails, voiceRepair.ts repairs on the main thread.
 */
import VoiceWorker from './seekable.worker.ts?worker&inline';

export function createVoiceWorker(): Worker {
  return new VoiceWorker();
}
