/**
 * Makes a recording's voice seekable. MediaRecorder writes WebM as a live stream: no duration and
 * no cues, so Firefox cannot seek in it and Chromium's demuxer may stop the voice after a seek.
 * A WebM voice is remuxed (packets copied, nothing re-encoded) into a WebM with duration and cues
 * when a recording is saved and when one is opened, so files recorded before this change seek too.
 * Ogg (seeks by bisection) and MP4 (has its index) are left as they are.
 *
 * mediabunny is loaded only here, and this module only when a recording is saved or opened.
 */

/** True for the containers that MediaRecorder writes without an index. */
export function needsRepair(mimeType: string): boolean {
  return /^audio\/webm\b/i.test(mimeType.trim());
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

/**
 * The voice, remuxed with duration and cues when it is WebM; the bytes as they were when they are
 * not WebM or cannot be read (the player then reports what the browser says about them).
 */
export async function seekableVoice(bytes: Uint8Array, mimeType: string): Promise<{ bytes: Uint8Array; repaired: boolean }> {
  if (!needsRepair(mimeType) || bytes.byteLength === 0 || hasCues(bytes)) return { bytes, repaired: false };
  try {
    const { ALL_FORMATS, BufferSource, BufferTarget, Conversion, Input, Output, WebMOutputFormat } = await import('mediabunny');
    const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
    const output = new Output({ format: new WebMOutputFormat(), target: new BufferTarget() });
    const conversion = await Conversion.init({ input, output, showWarnings: false });
    if (!conversion.isValid) return { bytes, repaired: false };
    await conversion.execute();
    const buffer = output.target.buffer;
    return buffer ? { bytes: new Uint8Array(buffer), repaired: true } : { bytes, repaired: false };
  } catch {
    return { bytes, repaired: false };
  }
}
