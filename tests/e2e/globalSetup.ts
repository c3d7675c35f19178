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
  const server = await startServer({ dir: 'dist', port: 0 });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
