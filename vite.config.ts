import { fileURLToPath } from 'node:url';
import { createServer, defineConfig, type Plugin, type ViteDevServer } from 'vite';
import react from '@vitejs/plugin-react';

const shim = (file: string) => fileURLToPath(new URL(`./src/shell/shims/${file}`, import.meta.url));

/** A Vite server without HTTP, for rendering deck modules to HTML or text at build time. */
function ssrServer(): Promise<ViteDevServer> {
  return createServer({
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    resolve: { alias },
    plugins: [react()],
  });
}

/**
 * Puts the title slide, rendered to static HTML by src/prerender.tsx, into index.html at build time:
 * the title is on screen with the first paint, before the app's JavaScript has loaded. Also
 * preloads the fonts the title uses.
 */
function prerenderFirstSlide({ singleFile }: { singleFile: boolean }): Plugin {
  return {
    name: 'prerender-first-slide',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const server = await ssrServer();
        try {
          const { renderFirstSlide } = (await server.ssrLoadModule('/src/prerender.tsx')) as { renderFirstSlide: () => Promise<string> };
          const markup = await renderFirstSlide();
          const fonts = Object.keys(context.bundle ?? {}).filter((file) => /source-sans-3-latin-(400|700)-normal.*\.woff2$/.test(file));
          const preloads = fonts.map((file) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="./${file}">`).join('');
          const withSlide = html.replace('</head>', `${preloads}</head>`).replace('<div id="root"></div>', `<div id="root"></div>${markup}`);
          // The single-file build inlines the entry script afterwards; there is nothing to defer.
          return singleFile ? withSlide : deferEntry(withSlide);
        } finally {
          await server.close();
        }
      },
    },
  };
}

const READING_TEXT = 'virtual:reading-text';

/**
 * The reading view's text (src/readingText.tsx): every slide's notes and body text, rendered once
 * at build time into the module "virtual:reading-text", which only the reading view's chunk loads.
 * In `npm run dev` it is rendered by the dev server (restart it to see edited notes there).
 */
function readingText(): Plugin {
  let devServer: ViteDevServer | null = null;
  return {
    name: 'reading-text',
    configureServer(server) {
      devServer = server;
    },
    resolveId(id) {
      return id === READING_TEXT ? `\0${READING_TEXT}` : null;
    },
    async load(id) {
      if (id !== `\0${READING_TEXT}`) return null;
      const server =
        devServer ??
        (await ssrServer());
      try {
        const { renderReadingText } = (await server.ssrLoadModule('/src/readingText.tsx')) as { renderReadingText: () => Promise<unknown> };
        return `export default ${JSON.stringify(await renderReadingText())};`;
      } finally {
        if (server !== devServer) await server.close();
      }
    },
  };
}

/**
 * The app's entry script starts after the first paint: the prerendered title needs no script, so
 * none competes with it. Its chunks are found by the entry itself (no modulepreload before the paint).
 */
function deferEntry(html: string): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!entry) return html;
  const start = `<script type="module">requestAnimationFrame(()=>setTimeout(()=>import(${JSON.stringify(entry[1])})))</script>`;
  return html.replace(entry[0], '').replace(/<link rel="modulepreload" crossorigin href="[^"]+">/g, '').replace('</body>', `${start}</body>`);
}

const alias = [
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
];

/**
 * `npm run export:pdf`'s own build serves only the handout view (`?handout=true`), which shows
 * neither the prerendered title nor the reading view: it renders neither at build time (the two
 * server-side renders are most of the build's time). Opening the reading view there fails with this.
 */
function noReadingText(): Plugin {
  return {
    name: 'no-reading-text',
    resolveId(id) {
      return id === READING_TEXT ? `\0${READING_TEXT}` : null;
    },
    load(id) {
      if (id !== `\0${READING_TEXT}`) return null;
      return 'export default null;\nthrow new Error("This build of the deck is the handout\'s (npm run export:pdf): it has no reading view.");';
    },
  };
}

/**
 * The deck's build; `singleFile` for vite.single.config.ts (the entry is inlined there, not
 * deferred); `handoutOnly` for the build `npm run export:pdf` makes and prints (noReadingText).
 */
export function deckConfig({ singleFile, handoutOnly = false }: { singleFile: boolean; handoutOnly?: boolean }) {
  // A relative base lets the built deck run from any folder (GitHub Pages, a USB stick).
  return defineConfig({
    base: './',
    plugins: handoutOnly ? [react(), noReadingText()] : [react(), prerenderFirstSlide({ singleFile }), readingText()],
    resolve: { alias },
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
    build: { target: 'es2022' },
  });
}

export default deckConfig({ singleFile: false });
