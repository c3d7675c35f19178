// Builds the reveal.js reference deck that `npm run bench` measures the lecture deck against.
// Usage: vite build --config bench/reveal/vite.config.ts (the benchmark runs it; output in dist-reveal/).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  // The reference bundles its own copy of the deck's font; nothing comes from public/.
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../../dist-reveal', import.meta.url)),
    emptyOutDir: true,
  },
});
