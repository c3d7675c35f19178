// A whole lecture's voice for the sync benchmark, with audible markers at known times: a 1-kHz beep
// of 100 ms at the start of every MARKER_PERIOD_S seconds, silence between. Chromium's WebCodecs
// encoder (in the bench's own page) encodes one period to Opus in 60-ms packets, as Chromium's
// MediaRecorder writes them (Firefox writes 20-ms packets: three times as many to remux); Node
// repeats its packets for 90 minutes into a WebM written as MediaRecorder writes it (append-only:
// no duration, no cues), so opening it exercises the repair at full length.
import type { Page } from 'playwright-core';
import { BufferTarget, EncodedAudioPacketSource, EncodedPacket, Output, WebMOutputFormat } from 'mediabunny';

/** A beep starts at every multiple of this many seconds of the voice. */
export const MARKER_PERIOD_S = 4;
/** The beep: this long, at this pitch. */
const BEEP = { seconds: 0.1, hertz: 1000 } as const;
const SAMPLE_RATE = 48_000;

type EncodedPeriod = {
  packets: { data: string; timestampUs: number; durationUs: number }[];
  description: string | null;
};

/**
 * Runs in the page: one period (beep, then silence) as mono PCM, encoded to Opus with WebCodecs'
 * AudioEncoder; the packets base64-encoded, with the encoder's decoder description (OpusHead).
 */
const ENCODE_ONE_PERIOD = `(async ({ period, beepSeconds, hertz, sampleRate }) => {
  const frames = Math.round(period * sampleRate);
  const pcm = new Float32Array(frames);
  const beepFrames = Math.round(beepSeconds * sampleRate);
  for (let i = 0; i < beepFrames; i += 1) pcm[i] = 0.5 * Math.sin((2 * Math.PI * hertz * i) / sampleRate);
  const chunks = [];
  let description = null;
  const encoder = new AudioEncoder({
    output: (chunk, meta) => {
      const bytes = new Uint8Array(chunk.byteLength);
      chunk.copyTo(bytes);
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      chunks.push({ data: btoa(binary), timestampUs: chunk.timestamp, durationUs: chunk.duration ?? 20000 });
      const d = meta?.decoderConfig?.description;
      if (d && description === null) {
        const view = d instanceof ArrayBuffer ? new Uint8Array(d) : new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
        let s = '';
        for (const b of view) s += String.fromCharCode(b);
        description = btoa(s);
      }
    },
    error: (e) => { throw e; },
  });
  encoder.configure({ codec: 'opus', sampleRate, numberOfChannels: 1, bitrate: 24000, bitrateMode: 'constant', opus: { frameDuration: 60000 } });
  encoder.encode(new AudioData({ format: 'f32', sampleRate, numberOfFrames: frames, numberOfChannels: 1, timestamp: 0, data: pcm }));
  await encoder.flush();
  encoder.close();
  return { packets: chunks, description };
})`;

/**
 * `minutes` of voice as raw MediaRecorder-style WebM/Opus bytes, a beep at every multiple of
 * MARKER_PERIOD_S seconds. `page` is any page of the bench's Chromium (it lends its Opus encoder).
 */
export async function markedLectureVoice(page: Page, minutes: number): Promise<Uint8Array> {
  const period = (await page.evaluate(`${ENCODE_ONE_PERIOD}(${JSON.stringify({ period: MARKER_PERIOD_S, beepSeconds: BEEP.seconds, hertz: BEEP.hertz, sampleRate: SAMPLE_RATE })})`)) as EncodedPeriod;
  if (period.packets.length === 0) throw new Error('Chromium encoded no Opus packets for the marker voice');
  const packets = period.packets.map((p) => ({ data: new Uint8Array(Buffer.from(p.data, 'base64')), timestamp: p.timestampUs / 1e6, duration: p.durationUs / 1e6 }));
  const output = new Output({ format: new WebMOutputFormat({ appendOnly: true }), target: new BufferTarget() });
  const source = new EncodedAudioPacketSource('opus');
  output.addAudioTrack(source);
  await output.start();
  const decoderConfig = {
    codec: 'opus',
    numberOfChannels: 1,
    sampleRate: SAMPLE_RATE,
    ...(period.description ? { description: new Uint8Array(Buffer.from(period.description, 'base64')) } : {}),
  };
  const total = minutes * 60;
  let first = true;
  for (let base = 0; base < total; base += MARKER_PERIOD_S) {
    for (const packet of packets) {
      if (packet.timestamp >= MARKER_PERIOD_S) break;
      await source.add(new EncodedPacket(packet.data, 'key', base + packet.timestamp, packet.duration), first ? { decoderConfig } : undefined);
      first = false;
    }
  }
  await output.finalize();
  return new Uint8Array(output.target.buffer!);
}
