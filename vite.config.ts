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
      // Spectacle's command palette; the deck has its own keys and help overlay.
      { find: /^kbar$/, replacement: shim('kbar.tsx') },
      // Spectacle's Markdown slides bring a whole Markdown and HTML parser; every slide here is a component.
      {
        find: /^(unified|remark-parse|remark-rehype|rehype-raw|rehype-react|mdast-zone|mdast-builder|unist-util-visit)$/,
        replacement: shim('markdown.ts'),
      },
    ],
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022' },
});
