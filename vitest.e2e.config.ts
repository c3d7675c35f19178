import { defineConfig } from 'vitest/config';

// Browser tests: playwright-core drives the Debian Chromium against the built deck (dist/),
// served on 127.0.0.1 by tests/e2e/globalSetup.ts. Run after `vite build` (see `npm run test:e2e`).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Two cores: one browser at a time keeps the runs steady.
    fileParallelism: false,
  },
});
