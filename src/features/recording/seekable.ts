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

/**
 * The voice, remuxed with duration and cues when it is WebM; the bytes as they were when they are
 * not WebM or cannot be read (the player then reports what the browser says about them).
 */
export async function seekableVoice(bytes: Uint8Array, mimeType: string): Promise<{ bytes: Uint8Array; repaired: boolean }> {
  if (!needsRepair(mimeType) || bytes.byteLength === 0) return { bytes, repaired: false };
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
