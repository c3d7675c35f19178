// WebKit: WebKitGTK's MiniBrowser driven by WebKitWebDriver (selenium-webdriver) under Xvfb. The
// launch (globalSetup) and the one page every test file attaches to.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, Capabilities, Key, Session, WebDriver } from 'selenium-webdriver';
import { Executor, HttpClient } from 'selenium-webdriver/http';
import { pollScript, type EnginePage, type TestKey } from './page';
import { startPulseAudio } from './pulse';

const MINIBROWSER_CANDIDATES = [
  process.env.MINIBROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
].filter((path): path is string => Boolean(path));

/** The three programs WebKit tests need; throws a message that says how to install them. */
export function findWebKit(): { driver: string; browser: string; xvfb: string } {
  const driver = [process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver'].find((path) => path && existsSync(path));
  const browser = MINIBROWSER_CANDIDATES.find((path) => existsSync(path));
  const xvfb = ['/usr/bin/Xvfb'].find((path) => existsSync(path));
  if (!driver || !browser || !xvfb) {
    throw new Error(
      `WebKit is not installed (${[!driver && 'WebKitWebDriver', !browser && 'MiniBrowser', !xvfb && 'Xvfb'].filter(Boolean).join(', ')} missing). ` +
        'Install it with "apt-get install -y webkit2gtk-driver xvfb" (Debian).',
    );
  }
  return { driver, browser, xvfb };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display of its own choosing (-displayfd); resolves to ":N" once it accepts clients. */
function startXvfb(xvfb: string): Promise<{ display: string; process: ChildProcess }> {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1600x1000x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdio[3]!.on('data', (chunk: Buffer) => resolve({ display: `:${chunk.toString().trim()}`, process: child }));
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it showed a display: ${stderr.slice(-500)}`)));
  });
}

/** Resolves once WebKitWebDriver answers /status (polled, up to 15 s). */
async function driverReady(url: string, driver: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    const ok = await fetch(`${url}/status`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 15 s');
}

export type WebKitSession = { driverUrl: string; sessionId: string };

/**
 * Launches the run's one WebKit: Xvfb, WebKitWebDriver on a free port of 127.0.0.1, and one
 * MiniBrowser session with a sound output (PulseAudio's null sink), WebKit's mock microphone (the
 * WebKitSettings enable-mock-capture-devices: „Mock audio device 1“, a tone; getUserMedia finds
 * no device without it) and animations off (GTK's gtk-enable-animations, which WebKitGTK reports as
 * prefers-reduced-motion). Resolves to what the test files attach to, and a close().
 */
export async function launchWebKit(): Promise<WebKitSession & { close(): Promise<void> }> {
  const { driver, browser, xvfb } = findWebKit();
  const home = mkdtempSync(join(tmpdir(), 'deck-webkit-'));
  mkdirSync(join(home, 'gtk-3.0'), { recursive: true });
  writeFileSync(join(home, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=false\n');
  const x = await startXvfb(xvfb);
  const pulse = await startPulseAudio(home).catch((error: unknown) => {
    x.process.kill();
    throw error;
  });
  const port = await freePort();
  const driverUrl = `http://127.0.0.1:${port}`;
  const service = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: x.display, XDG_CONFIG_HOME: home, PULSE_SERVER: pulse.server, GDK_BACKEND: 'x11', LIBGL_ALWAYS_SOFTWARE: '1' },
  });
  const stop = async () => {
    service.kill();
    pulse.process.kill();
    x.process.kill();
    rmSync(home, { recursive: true, force: true });
  };
  try {
    await driverReady(driverUrl, service);
    const capabilities = new Capabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: browser, args: ['--automation', '--enable-media-stream=true', '--enable-mock-capture-devices=true'] },
    });
    const session = await new Builder().usingServer(driverUrl).withCapabilities(capabilities).build();
    await session.manage().setTimeouts({ script: 180_000, pageLoad: 60_000 });
    const sessionId = (await session.getSession()).getId();
    return {
      driverUrl,
      sessionId,
      close: async () => {
        await session.quit();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

const KEYS: Record<TestKey, string> = {
  ArrowRight: Key.ARROW_RIGHT,
  ArrowLeft: Key.ARROW_LEFT,
  PageUp: Key.PAGE_UP,
  PageDown: Key.PAGE_DOWN,
  r: 'r',
};

/**
 * Installed after each load: console.error and uncaught errors go to a list the test reads; the tab's
 * loads are counted and the address the page leaves from is kept (sessionStorage outlives the page),
 * so that a page lost in the middle of a script can be explained (see WebKitPage.script).
 */
function collectErrorsInPage() {
  const w = window as unknown as { __engineErrors?: string[] };
  if (w.__engineErrors) return;
  sessionStorage.setItem('engine-test-loads', String(Number(sessionStorage.getItem('engine-test-loads') ?? 0) + 1));
  window.addEventListener('pagehide', () => sessionStorage.setItem('engine-test-left', window.location.href));
  const seen: string[] = [];
  w.__engineErrors = seen;
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
    original(...args);
  };
  window.addEventListener('error', (event) => seen.push(event.message));
  window.addEventListener('unhandledrejection', (event) => seen.push(String(event.reason)));
}

class WebKitPage implements EnginePage {
  readonly engine = 'webkit' as const;

  constructor(private readonly driver: WebDriver) {}

  async goto(url: string) {
    await this.driver.get(url);
    await this.driver.executeScript(`(${collectErrorsInPage.toString()})()`);
  }

  /**
   * Runs a script in the page. WebKitWebDriver answers „Callback was not called before the unload
   * event“ when the page's window goes away under a running script: that error is replaced by what
   * happened (the address the page left from, how the new one was opened, the tab's loads, a web
   * process that died leaves no pagehide), so a lost page says why.
   */
  private async script(source: string, arg: unknown, what: string): Promise<unknown> {
    try {
      return await this.driver.executeScript(source, arg);
    } catch (error) {
      if (!/unload event/i.test(String(error))) throw error;
      const after = (await this.driver.executeScript(
        "return [location.href, performance.getEntriesByType('navigation')[0]?.type ?? '?', sessionStorage.getItem('engine-test-loads'), sessionStorage.getItem('engine-test-left')];",
      )) as [string, string, string | null, string | null];
      throw new Error(
        `WebKit lost the page during ${what}: ${after[3] ? `it left ${after[3]}` : 'no pagehide (the web process died?)'}; now at ${after[0]}, opened by "${after[1]}", load ${after[2] ?? 'unknown'} of this tab`,
        { cause: error },
      );
    }
  }

  async url() {
    return this.driver.getCurrentUrl();
  }

  async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return (await this.script(`return (${fn.toString()})(arguments[0]);`, arg ?? null, 'a script')) as R;
  }

  async waitFor<A>(fn: (arg: A) => boolean, arg: A, what: string, timeoutMs = 5000) {
    const ok = await this.script(`return ${pollScript(fn as (a: never) => boolean, arg, timeoutMs)};`, null, `the wait for: ${what}`);
    if (ok !== true) throw new Error(`WebKit: ${what} (not within ${timeoutMs} ms)`);
  }

  async press(key: TestKey) {
    await this.driver.actions({ async: true }).sendKeys(KEYS[key]).perform();
  }

  async click(selector: string) {
    await this.driver.findElement(By.css(selector)).click();
  }

  async setViewport(width: number, height: number) {
    // The window's size includes MiniBrowser's frame: set it, measure the page, correct once.
    await this.driver.manage().window().setRect({ width, height });
    const inner = (await this.driver.executeScript('return [window.innerWidth, window.innerHeight];')) as [number, number];
    await this.driver.manage().window().setRect({ width: 2 * width - inner[0], height: 2 * height - inner[1] });
    await this.waitFor(([w, h]) => window.innerWidth === w && window.innerHeight === h, [width, height], `the viewport did not become ${width}×${height}`);
  }

  async errors() {
    return ((await this.driver.executeScript('return window.__engineErrors ?? [];')) as string[]).slice();
  }

  async close() {
    await this.driver.get('about:blank');
  }
}

/**
 * Attaches to the run's one WebKit session (WebKitWebDriver speaks plain HTTP, so each test file
 * attaches by session id). WebKit has one page: the session's window.
 */
export function connectWebKit({ driverUrl, sessionId }: WebKitSession): { newPage(): Promise<EnginePage>; disconnect(): Promise<void> } {
  const driver = new WebDriver(new Session(sessionId, new Capabilities()), new Executor(new HttpClient(driverUrl)));
  return {
    newPage: async () => new WebKitPage(driver),
    disconnect: async () => {},
  };
}
