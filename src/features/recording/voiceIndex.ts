/**
 * Whether a recording's voice has an index to seek by, read from its bytes without a library (so the
 * player can decide at once; the remux itself is in seekable.ts, which loads mediabunny).
 * MediaRecorder writes WebM as a live stream (no duration, no cues) and, in WebKit, fragmented MP4.
 */

type Container = 'webm' | 'mp4';

/** The containers that MediaRecorder may write without an index, by media type. */
export function containerOf(mimeType: string): Container | null {
  const base = mimeType.trim().toLowerCase();
  if (/^audio\/webm\b/.test(base)) return 'webm';
  if (/^audio\/(mp4|x-m4a)\b/.test(base)) return 'mp4';
  return null;
}

/** True for the containers that MediaRecorder writes without an index (WebM, MP4). */
export function needsRepair(mimeType: string): boolean {
  return containerOf(mimeType) !== null;
}

/**
 * True when an MP4 is fragmented: a `moof` box among its top-level boxes (walked by their sizes).
 * False for an MP4 with one index in its `moov`, and for bytes that are no MP4.
 */
export function isFragmentedMp4(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  while (at + 8 <= bytes.length) {
    let size = view.getUint32(at);
    const type = String.fromCharCode(bytes[at + 4], bytes[at + 5], bytes[at + 6], bytes[at + 7]);
    if (type === 'moof') return true;
    if (size === 1) {
      if (at + 16 > bytes.length) return false;
      size = Number(view.getBigUint64(at + 8));
    }
    if (size < 8) return false;
    at += size;
  }
  return false;
}

/** An EBML variable-length integer at `at`: its value (null for "unknown size") and length. */
function readVint(bytes: Uint8Array, at: number, keepMarker: boolean): { value: number | null; length: number } | null {
  const first = bytes[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (at + length > bytes.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i += 1) {
    value = value * 256 + bytes[at + i];
    if (bytes[at + i] !== 0xff) allOnes = false;
  }
  return { value: !keepMarker && allOnes ? null : value, length };
}

const SEGMENT = 0x18538067;
const CUES = 0x1c53bb6b;

/**
 * True when a WebM's segment holds Cues, found by walking its top-level elements (a file saved by
 * this deck); false for MediaRecorder's live WebM, whose clusters have unknown sizes.
 */
export function hasCues(bytes: Uint8Array): boolean {
  let at = 0;
  // The EBML header, then the Segment.
  const headerId = readVint(bytes, at, true);
  const headerSize = headerId && readVint(bytes, at + headerId.length, false);
  if (!headerId || !headerSize || headerSize.value === null) return false;
  at += headerId.length + headerSize.length + headerSize.value;
  const segmentId = readVint(bytes, at, true);
  const segmentSize = segmentId && readVint(bytes, at + segmentId.length, false);
  if (!segmentId || segmentId.value !== SEGMENT || !segmentSize) return false;
  at += segmentId.length + segmentSize.length;
  while (at < bytes.length) {
    const id = readVint(bytes, at, true);
    const size = id && readVint(bytes, at + id.length, false);
    if (!id || !size || size.value === null) return false;
    if (id.value === CUES) return true;
    at += id.length + size.length + size.value;
  }
  return false;
}

/** True when the voice, in the container its type names, has no index to seek by. */
export function lacksIndex(bytes: Uint8Array, mimeType: string): boolean {
  const container = containerOf(mimeType);
  if (container === null || bytes.byteLength === 0) return false;
  return container === 'webm' ? !hasCues(bytes) : isFragmentedMp4(bytes);
}
