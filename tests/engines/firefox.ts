// Firefox ESR through puppeteer-core over WebDriver BiDi: the launch (globalSetup) and the pages.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ScriptingEnginePage, type EnginePage, type TestKey } from './page';
import { startPulseAudio } from './pulse';

/**
 * Preferences of the test Firefox: a fake microphone (a tone) without a permission prompt, reduced
 * motion as the Chromium tests ask for it, media allowed to start, nothing fetched from the internet.
 */
export const FIREFOX_PREFS: Record<string, unknown> = {
  'media.navigator.streams.fake': true,
  'media.navigator.permission.disabled': true,
  'media.autoplay.default': 0,
  'ui.prefersReducedMotion': 1,
  'browser.shell.checkDefaultBrowser': false,
  'app.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.captive-portal-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
};

/** FIREFOX_PATH, else Debian's /usr/bin/firefox-esr. Throws a message that says how to install it. */
export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter((path): path is string => Boolean(path));
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('No Firefox found. Install it with "apt-get install -y firefox-esr" (Debian) or set FIREFOX_PATH.');
  return found;
}

/** Launches the run's one Firefox (and its sound server); resolves to its BiDi endpoint and a close(). */
export async function launchFirefox(): Promise<{ endpoint: string; close(): Promise<void> }> {
  const executablePath = findFirefox();
  const dir = mkdtempSync(join(tmpdir(), 'deck-firefox-'));
  const pulse = await startPulseAudio(dir);
  const stop = () => {
    pulse.process.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath,
      headless: true,
      extraPrefsFirefox: FIREFOX_PREFS,
      env: { ...process.env, PULSE_SERVER: pulse.server },
    })
    .catch((error: unknown) => {
      stop();
      throw error;
    });
  // Firefox takes one BiDi session at a time: the launcher leaves its session for the test files.
  const endpoint = browser.wsEndpoint();
  await browser.disconnect();
  return {
    endpoint,
    close: async () => {
      const last = await puppeteer.connect({ browserWSEndpoint: endpoint, protocol: 'webDriverBiDi' });
      await last.close();
      stop();
    },
  };
}

const KEYS: Record<TestKey, Parameters<Page['keyboard']['press']>[0]> = {
  ArrowRight: 'ArrowRight',
  ArrowLeft: 'ArrowLeft',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  r: 'r',
};

class FirefoxPage extends ScriptingEnginePage {
  readonly engine = 'firefox' as const;

  constructor(private readonly firefoxPage: Page) {
    super(firefoxPage, 'Firefox');
    firefoxPage.on('console', (message) => {
      if (message.type() === 'error') this.seen.push(message.text());
    });
    firefoxPage.on('pageerror', (error) => this.seen.push(error instanceof Error ? error.message : String(error)));
  }

  async press(key: TestKey) {
    await this.firefoxPage.keyboard.press(KEYS[key]);
  }

  async setViewport(width: number, height: number) {
    await this.firefoxPage.setViewport({ width, height });
    await this.waitFor(([w, h]) => window.innerWidth === w && window.innerHeight === h, [width, height], `the viewport did not become ${width}×${height}`);
  }
}

/**
 * Connects to the run's Firefox: each test file connects once (Firefox takes one BiDi session at a
 * time, the files run one after another) and disconnects in its afterAll.
 */
export async function connectFirefox(endpoint: string): Promise<{ newPage(): Promise<EnginePage>; disconnect(): Promise<void> }> {
  const browser: Browser = await puppeteer.connect({ browserWSEndpoint: endpoint, protocol: 'webDriverBiDi' });
  return {
    newPage: async () => new FirefoxPage(await browser.newPage()),
    disconnect: () => browser.disconnect(),
  };
}
