import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, FAKE_MICROPHONE_ARGS, findChromium } from '../../scripts/chromium';
import { startServer } from '../../scripts/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where every test file connects to the one Chromium of the run (`chromium.connect`). */
    browserEndpoint: string;
  }
}

/**
 * Serves dist/ on a free port of 127.0.0.1 and launches the run's one Chromium, which every browser
 * test file connects to (each file in contexts of its own). A missing browser fails the run.
 */
export default async function setup(project: TestProject) {
  const executablePath = findChromium();
  // DECK_DIST serves another build folder (e.g. while someone else rebuilds dist/).
  const server = await startServer({ dir: process.env.DECK_DIST ?? 'dist', port: 0 });
  const browser = await chromium.launchServer({ executablePath, args: [...CHROMIUM_ARGS, ...FAKE_MICROPHONE_ARGS], headless: true }).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  project.provide('baseUrl', server.url);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
