import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { deckConfig } from './vite.config.ts';

/**
 * Web fonts as woff2 only: the fonts are inlined as data URLs, and every browser that runs the deck
 * reads woff2, so the woff and ttf fallbacks in KaTeX's and Fontsource's @font-face rules would only
 * make the file bigger. Removes `, url(….woff) format('woff')` and `, url(….ttf) format('truetype')`
 * after a woff2 source, before Vite resolves (and inlines) the URLs.
 */
function woff2Only(): Plugin {
  const fallback = /,\s*url\(\s*['"]?[^'")]+\.(?:woff|ttf)['"]?\s*\)\s*format\(\s*['"](?:woff|truetype)['"]\s*\)/g;
  return {
    name: 'woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.css(\?|$)/.test(id) || !/(katex|@fontsource)/.test(id)) return null;
      return { code: code.replace(fallback, ''), map: null };
    },
  };
}

/** The favicon from public/ as a data URL in the page, so that index.html is the only file needed. */
function inlineFavicon(): Plugin {
  return {
    name: 'inline-favicon',
    transformIndexHtml(html) {
      const svg = readFileSync(new URL('./public/favicon.svg', import.meta.url));
      return html.replace('href="./favicon.svg"', `href="data:image/svg+xml;base64,${svg.toString('base64')}"`);
    },
  };
}

// `npm run build:single`: the whole deck as one HTML file in dist-single/ (scripts, styles and fonts
// inlined) that opens from file:// and runs offline, e.g. from a USB stick.
export default mergeConfig(
  deckConfig({ singleFile: true }),
  defineConfig({
    plugins: [woff2Only(), inlineFavicon(), viteSingleFile()],
    resolve: {
      // The workers inlined into the page (a page from file:// may not start a worker from a file).
      alias: [
        { find: /^\.\/trainWorker$/, replacement: fileURLToPath(new URL('./slides/trainWorker.inline.ts', import.meta.url)) },
        { find: /^\.\/voiceWorker$/, replacement: fileURLToPath(new URL('./src/features/recording/voiceWorker.inline.ts', import.meta.url)) },
      ],
    },
    // Nothing is copied from public/: the favicon is inlined above.
    publicDir: false,
    build: { outDir: 'dist-single', emptyOutDir: true },
  }),
);
