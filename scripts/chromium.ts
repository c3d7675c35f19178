// Finds the Chromium that browser tests, the PDF export and the benchmark drive.
import { existsSync } from 'node:fs';

/** Flags for a headless Chromium on a closed network, as root, without a GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * For the browser tests: a fake microphone (a beep). A page still needs the permission, which the
 * recording tests grant to their contexts; every other context is refused the microphone.
 */
export const FAKE_MICROPHONE_ARGS = ['--use-fake-device-for-media-stream'];

/** CHROME_PATH, else Debian's /usr/bin/chromium. Throws a message that says how to install it. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((path): path is string => Boolean(path));
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it with "apt-get install -y chromium" (Debian) or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}
