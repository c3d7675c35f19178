import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { EngineName } from './page';
import { launchWebKit, type WebKitSession } from './webkit';

declare module 'vitest' {
  export interface ProvidedContext {
    engine: EngineName;
    engineBaseUrl: string;
    /** Chromium: the endpoint of the run's one Chromium (playwright's launchServer). */
    chromiumEndpoint: string;
    /** Firefox: the BiDi endpoint of the run's one Firefox. */
    firefoxEndpoint: string;
    /** WebKit: WebKitWebDriver's address and the run's one MiniBrowser session. */
    webkitSession: WebKitSession;
  }
}

/**
 * Serves dist/ (or DECK_DIST) on a free port of 127.0.0.1 and launches the project's one engine
 * (the project's name: chromium, firefox or webkit). A missing browser fails the run.
 */
export default async function setup(project: TestProject) {
  const engine = project.name as EngineName;
  const server = await startServer({ dir: process.env.DECK_DIST ?? 'dist', port: 0 });
  try {
    project.provide('engine', engine);
    project.provide('engineBaseUrl', server.url);
    if (engine === 'chromium') {
      const browser = await launchChromium();
      project.provide('chromiumEndpoint', browser.endpoint);
      return async () => {
        await browser.close();
        await server.close();
      };
    }
    if (engine === 'firefox') {
      const firefox = await launchFirefox();
      project.provide('firefoxEndpoint', firefox.endpoint);
      return async () => {
        await firefox.close();
        await server.close();
      };
    }
    if (engine === 'webkit') {
      const webkit = await launchWebKit();
      project.provide('webkitSession', { driverUrl: webkit.driverUrl, sessionId: webkit.sessionId });
      return async () => {
        await webkit.close();
        await server.close();
      };
    }
    throw new Error(`Unknown engine project "${project.name}" (chromium, firefox or webkit)`);
  } catch (error) {
    await server.close();
    throw error;
  }
}
