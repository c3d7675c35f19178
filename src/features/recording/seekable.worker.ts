/**
 * The voice repair off the main thread (src/features/recording/voiceRepair.ts starts it): post
 * {bytes, mimeType}; it posts back seekableVoice's answer, the bytes transferred. Remuxing a whole
 * lecture takes seconds, during which the deck and the playing voice keep their frames.
 */
import { seekableVoice } from './seekable';

export type VoiceRepairRequest = { readonly bytes: Uint8Array; readonly mimeType: string };
export type VoiceRepairAnswer = { readonly bytes: Uint8Array; readonly repaired: boolean };

/** The part of the worker global this file uses. */
interface WorkerScope {
  postMessage(message: VoiceRepairAnswer, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<VoiceRepairRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  void seekableVoice(event.data.bytes, event.data.mimeType).then((answer) => scope.postMessage(answer, [answer.bytes.buffer as ArrayBuffer]));
};
