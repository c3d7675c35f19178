import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const shim = (file: string) => fileURLToPath(new URL(`./src/deck/shims/${file}`, import.meta.url));

// A relative base lets the built deck run from any folder (GitHub Pages, a USB stick).
export default defineConfig({
  base: './',
  plugins: [react()],
  resolve: {
    alias: [
      // Spectacle's CodePane pulls in a syntax highlighter for every language; the deck has no code panes.
      { find: /^react-syntax-highlighter$/, replacement: shim('syntaxHighlighter.tsx') },
      { find: /^react-syntax-highlighter\/dist\/cjs\/styles\/prism\/.*$/, replacement: shim('syntaxThemes.ts') },
    ],
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022' },
});
