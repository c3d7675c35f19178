/**
 * One page of Firefox or WebKit behind a small engine-neutral interface, so the same walk and
 * player tests drive both: Firefox through puppeteer-core over WebDriver BiDi, WebKit through
 * selenium-webdriver and WebKitWebDriver (and Chromium through playwright-core, for the player tests). Functions handed to `evaluate` and `waitFor` run in the
 * page: they must be self-contained (no imports, no closures), as with playwright's page.evaluate.
 */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** The keys the tests press. */
export type TestKey = 'ArrowRight' | 'ArrowLeft' | 'PageUp' | 'PageDown' | 'r';

export interface EnginePage {
  readonly engine: EngineName;
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Resolves when `fn` returns true in the page; throws `what` after `timeoutMs`. */
  waitFor<A>(fn: (arg: A) => boolean, arg: A, what: string, timeoutMs?: number): Promise<void>;
  /** A real key press (down and up) sent to the focused element. */
  press(key: TestKey): Promise<void>;
  /** A real click in the middle of the first element matching `selector`. */
  click(selector: string): Promise<void>;
  /** Sets the layout viewport (window.innerWidth × innerHeight) and waits until the page has it. */
  setViewport(width: number, height: number): Promise<void>;
  /** Console errors and uncaught page errors seen since the page opened. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * The script behind `waitFor`: an expression that checks `fn(arg)` every 20 ms until it is true or
 * `timeoutMs` has passed, and resolves to true or false. The page's own code never sees it.
 */
export function pollScript(fn: (arg: never) => boolean, arg: unknown, timeoutMs: number): string {
  return `new Promise((resolve) => {
    const check = ${fn.toString()};
    const arg = ${JSON.stringify(arg ?? null)};
    const start = performance.now();
    const tick = () => {
      let ok = false;
      try { ok = Boolean(check(arg)); } catch { ok = false; }
      if (ok) resolve(true);
      else if (performance.now() - start > ${timeoutMs}) resolve(false);
      else setTimeout(tick, 20);
    };
    tick();
  })`;
}

/**
 * The calls of a playwright-core page (Chromium) or a puppeteer-core page (Firefox) that the engine
 * pages use: both run a script given as a string and await the promise it returns.
 */
export interface ScriptingPage {
  goto(url: string): Promise<unknown>;
  url(): string;
  evaluate(script: string): Promise<unknown>;
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * An EnginePage over a ScriptingPage. Keys and viewport differ between the two drivers, and so do
 * their console events: the subclass subscribes and pushes to `seen`.
 */
export abstract class ScriptingEnginePage implements EnginePage {
  abstract readonly engine: EngineName;
  protected readonly seen: string[] = [];

  constructor(
    protected readonly page: ScriptingPage,
    private readonly label: string,
  ) {}

  abstract press(key: TestKey): Promise<void>;
  abstract setViewport(width: number, height: number): Promise<void>;

  async goto(url: string) {
    await this.page.goto(url);
  }

  async url() {
    return this.page.url();
  }

  async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return (await this.page.evaluate(`(${fn.toString()})(${JSON.stringify(arg ?? null)})`)) as R;
  }

  async waitFor<A>(fn: (arg: A) => boolean, arg: A, what: string, timeoutMs = 5000) {
    const ok = await this.page.evaluate(pollScript(fn as (a: never) => boolean, arg, timeoutMs));
    if (ok !== true) throw new Error(`${this.label}: ${what} (not within ${timeoutMs} ms)`);
  }

  async click(selector: string) {
    await this.page.click(selector);
  }

  async errors() {
    return [...this.seen];
  }

  async close() {
    await this.page.close();
  }
}
