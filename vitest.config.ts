import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit and component tests (jsdom). Browser tests live in vitest.e2e.config.ts and vitest.engines.config.ts.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/engines/**', 'node_modules/**'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    pool: 'threads',
    // Some tests train the tiny GPT (about 2 s alone); on a shared, loaded machine 5 s is too tight.
    testTimeout: 30_000,
  },
});
