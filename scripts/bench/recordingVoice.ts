// A whole lecture's voice for the sync benchmark: the Chromium MediaRecorder fixture's Opus packets
// repeated for 90 minutes into a WebM written as MediaRecorder writes it (append-only: no duration,
// no cues), so opening it exercises the repair on open at full length.
import { readFileSync } from 'node:fs';
import { ALL_FORMATS, BufferSource, BufferTarget, EncodedAudioPacketSource, EncodedPacketSink, Input, Output, WebMOutputFormat, type EncodedPacket } from 'mediabunny';

const FIXTURE = 'tests/fixtures/recordings/chromium-mediarecorder.webm';

/** `minutes` of voice as raw MediaRecorder-style WebM/Opus bytes. */
export async function lectureVoice(minutes: number): Promise<Uint8Array> {
  const input = new Input({ source: new BufferSource(new Uint8Array(readFileSync(FIXTURE))), formats: ALL_FORMATS });
  const track = await input.getPrimaryAudioTrack();
  if (!track) throw new Error(`${FIXTURE}: no audio track`);
  const config = await track.getDecoderConfig();
  if (!config) throw new Error(`${FIXTURE}: no decoder config`);
  const packets: EncodedPacket[] = [];
  for await (const packet of new EncodedPacketSink(track).packets()) packets.push(packet);
  const last = packets[packets.length - 1];
  const period = last.timestamp + last.duration - packets[0].timestamp;
  const output = new Output({ format: new WebMOutputFormat({ appendOnly: true }), target: new BufferTarget() });
  const source = new EncodedAudioPacketSource('opus');
  output.addAudioTrack(source);
  await output.start();
  const total = minutes * 60;
  let first = true;
  for (let base = 0; base < total; base += period) {
    for (const packet of packets) {
      const timestamp = base + packet.timestamp - packets[0].timestamp;
      if (timestamp >= total) break;
      await source.add(packet.clone({ timestamp }), first ? { decoderConfig: config } : undefined);
      first = false;
    }
  }
  await output.finalize();
  return new Uint8Array(output.target.buffer!);
}
