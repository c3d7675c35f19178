// The browsers' sound output on a machine without a sound card.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A PulseAudio server of the run's own with one null sink: without a sound card Firefox's audio sink
 * fails (MEDIA_ERR_DECODE "OnMediaSinkAudioError") and media stops, and WebKit's GStreamer has no sink; the null sink plays in real time,
 * so the voice's clock runs as on a lecturer's machine. Resolves once its socket is there.
 */
export async function startPulseAudio(dir: string): Promise<{ server: string; process: ChildProcess }> {
  const pulseaudio = ['/usr/bin/pulseaudio'].find((path) => existsSync(path));
  if (!pulseaudio) throw new Error('No PulseAudio found (Firefox and WebKit need an audio output to replay). Install it with "apt-get install -y pulseaudio".');
  const socket = join(dir, 'native');
  const child = spawn(
    pulseaudio,
    ['-n', '--daemonize=no', '--exit-idle-time=-1', '--use-pid-file=no', '--disable-shm=yes', '-L', 'module-null-sink sink_name=deck', '-L', `module-native-protocol-unix socket=${socket} auth-anonymous=1`],
    { stdio: 'ignore', env: { ...process.env, HOME: dir, XDG_RUNTIME_DIR: dir } },
  );
  const deadline = Date.now() + 10_000;
  while (!existsSync(socket)) {
    if (child.exitCode !== null) throw new Error(`PulseAudio exited (${child.exitCode}) before it opened ${socket}`);
    if (Date.now() > deadline) {
      child.kill();
      throw new Error('PulseAudio did not open its socket within 10 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { server: `unix:${socket}`, process: child };
}
