// Chromium behind the engine-neutral page, so the player tests replay the other engines' recordings
// in Chromium too (the rest of Chromium's tests are in tests/e2e, with playwright-core).
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, FAKE_MICROPHONE_ARGS, findChromium } from '../../scripts/chromium';
import { ScriptingEnginePage, type EnginePage, type TestKey } from './page';

/** Launches the run's one Chromium (fake microphone); resolves to its endpoint and a close(). */
export async function launchChromium(): Promise<{ endpoint: string; close(): Promise<void> }> {
  const server = await chromium.launchServer({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, ...FAKE_MICROPHONE_ARGS], headless: true });
  return { endpoint: server.wsEndpoint(), close: () => server.close() };
}

class ChromiumPage extends ScriptingEnginePage {
  readonly engine = 'chromium' as const;

  constructor(private readonly chromiumPage: Page) {
    super(chromiumPage, 'Chromium');
    chromiumPage.on('console', (message) => {
      if (message.type() === 'error') this.seen.push(message.text());
    });
    chromiumPage.on('pageerror', (error) => this.seen.push(error.message));
  }

  async press(key: TestKey) {
    await this.chromiumPage.keyboard.press(key);
  }

  async setViewport(width: number, height: number) {
    await this.chromiumPage.setViewportSize({ width, height });
  }
}

/** Connects to the run's Chromium: pages in one context that may use the (fake) microphone. */
export async function connectChromium(endpoint: string): Promise<{ newPage(): Promise<EnginePage>; disconnect(): Promise<void> }> {
  const browser: Browser = await chromium.connect(endpoint);
  const context = await browser.newContext({ permissions: ['microphone'], reducedMotion: 'reduce' });
  return {
    newPage: async () => new ChromiumPage(await context.newPage()),
    disconnect: () => browser.close(),
  };
}
