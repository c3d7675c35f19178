import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves dist/ on a free port of 127.0.0.1 for all browser tests. A missing browser fails the run. */
export default async function setup(project: TestProject) {
  findChromium();
  // DECK_DIST serves another build folder (e.g. while someone else rebuilds dist/).
  const server = await startServer({ dir: process.env.DECK_DIST ?? 'dist', port: 0 });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
