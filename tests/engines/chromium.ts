// Chromium behind the engine-neutral page, so the player tests replay the other engines' recordings
// in Chromium too (the rest of Chromium's tests are in tests/e2e, with playwright-core).
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, FAKE_MICROPHONE_ARGS, findChromium } from '../../scripts/chromium';
import { pollScript, type EnginePage, type TestKey } from './page';

/** Launches the run's one Chromium (fake microphone); resolves to its endpoint and a close(). */
export async function launchChromium(): Promise<{ endpoint: string; close(): Promise<void> }> {
  const server = await chromium.launchServer({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, ...FAKE_MICROPHONE_ARGS], headless: true });
  return { endpoint: server.wsEndpoint(), close: () => server.close() };
}

class ChromiumPage implements EnginePage {
  readonly engine = 'chromium' as const;
  private readonly seen: string[] = [];

  constructor(private readonly page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.seen.push(message.text());
    });
    page.on('pageerror', (error) => this.seen.push(error.message));
  }

  async goto(url: string) {
    await this.page.goto(url);
  }

  async url() {
    return this.page.url();
  }

  async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return (await this.page.evaluate(fn as (a: unknown) => unknown, arg)) as R;
  }

  async waitFor<A>(fn: (arg: A) => boolean, arg: A, what: string, timeoutMs = 5000) {
    const ok = await this.page.evaluate(pollScript(fn as (a: never) => boolean, arg, timeoutMs));
    if (ok !== true) throw new Error(`Chromium: ${what} (not within ${timeoutMs} ms)`);
  }

  async press(key: TestKey) {
    await this.page.keyboard.press(key);
  }

  async click(selector: string) {
    await this.page.click(selector);
  }

  async setViewport(width: number, height: number) {
    await this.page.setViewportSize({ width, height });
  }



  async errors() {
    return [...this.seen];
  }

  async close() {
    await this.page.close();
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
