import { defineConfig } from 'vitest/config';

// Browser tests in Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKit (WebKitWebDriver and
// MiniBrowser under Xvfb) against the built deck: one project per engine, each launching its one
// browser in tests/engines/globalSetup.ts. Run one engine with --project firefox or --project webkit.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 600_000,
    // Two cores: one browser at a time keeps the runs steady.
    fileParallelism: false,
    projects: [
      {
        // Chromium's own tests are in tests/e2e; here it records a fixture and replays the others'.
        extends: true,
        test: {
          name: 'chromium',
          globalSetup: ['tests/engines/globalSetup.ts'],
          include: ['tests/engines/recording.engines.test.ts', 'tests/engines/replay.engines.test.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'firefox', globalSetup: ['tests/engines/globalSetup.ts'], include: ['tests/engines/**/*.engines.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'webkit',
          globalSetup: ['tests/engines/globalSetup.ts'],
          include: ['tests/engines/walk.engines.test.ts', 'tests/engines/recording.engines.test.ts', 'tests/engines/replay.engines.test.ts'],
        },
      },
    ],
  },
});
