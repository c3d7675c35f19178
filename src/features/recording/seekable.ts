/**
 * Makes a recording's voice seekable. MediaRecorder writes WebM as a live stream: no duration and
 * no cues, so Firefox cannot seek in it and Chromium's demuxer may stop the voice after a seek.
 * WebKit's MediaRecorder writes fragmented MP4 (an empty index, then moof/mdat pairs; WebKitGTK 2.50
 * even repeats its ftyp and a moof), in which WebKit itself does not seek. Such a voice is remuxed
 * (packets copied, nothing re-encoded) into a WebM with duration and cues, or an MP4 with one full
 * index, when a recording is saved and when one is opened, so files recorded before this change
 * seek too. Ogg (seeks by bisection) and an MP4 with its index are left as they are.
 *
 * mediabunny is loaded only here, and this module only when a recording is saved or opened.
 */
import { containerOf, lacksIndex } from './voiceIndex';

/**
 * The voice, remuxed with an index when it has none (WebM: duration and cues; MP4: one `moov` with
 * the whole sample table, in front); the bytes as they were when they have one, are in another
 * container or cannot be read (the player then reports what the browser says about them).
 */
export async function seekableVoice(bytes: Uint8Array, mimeType: string): Promise<{ bytes: Uint8Array; repaired: boolean }> {
  if (!lacksIndex(bytes, mimeType)) return { bytes, repaired: false };
  try {
    const { ALL_FORMATS, BufferSource, BufferTarget, Conversion, Input, Mp4OutputFormat, Output, WebMOutputFormat } = await import('mediabunny');
    const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
    const format = containerOf(mimeType) === 'webm' ? new WebMOutputFormat() : new Mp4OutputFormat({ fastStart: 'in-memory' });
    const output = new Output({ format, target: new BufferTarget() });
    const conversion = await Conversion.init({ input, output, showWarnings: false });
    if (!conversion.isValid) return { bytes, repaired: false };
    await conversion.execute();
    const buffer = output.target.buffer;
    return buffer ? { bytes: new Uint8Array(buffer), repaired: true } : { bytes, repaired: false };
  } catch {
    return { bytes, repaired: false };
  }
}
