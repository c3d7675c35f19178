import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import tseslint from 'typescript-eslint';

const UI_LIBRARIES = ['react', 'react-dom', 'spectacle', 'katex', 'react-katex', 'framer-motion'];
const UI = `^(${UI_LIBRARIES.join('|')})(/.*)?$`;
/** A relative import of one of src/'s folders (or files) from anywhere below src/. */
const up = (...names) => `^(\\.\\./)+(src/)?(${names.join('|')})(/.*)?$`;
const SLIDES = '^(\\.\\./)+slides(/.*)?$';
const SPECTACLE = '^spectacle(/.*)?$';
const DECK_ROOMS = ['theme', 'shell', 'features', 'app'];
/** Between features, one declared direction: each may use the ones listed, never the other way round. */
const FEATURE_USES = {
  presenter: ['recording'],
  ink: ['recording'],
  handout: ['ink', 'recording'],
  recording: [],
  reading: [],
  hall: ['ink', 'reading', 'recording'],
};
const TEX_MESSAGE = 'src/tex imports only src/format and math types: it typesets numbers, it does not compute them.';

/** A no-restricted-imports rule for one layer: import paths matching any of `forbidden` (regexes) fail. */
function layer(files, forbidden, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: forbidden.map((regex) => ({ regex, message })) }],
    },
  };
}

/**
 * Classes that only slides' own stylesheets define (slides/*.css, not src/): a shell or feature
 * stylesheet that names one reaches into a slide. Computed when lint starts.
 */
function classesIn(text) {
  return new Set([...text.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]));
}
function filesUnder(dir, pattern) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}
const SLIDE_PRIVATE_CLASSES = (() => {
  const ofSlides = new Set(filesUnder('slides', /\.css$/).flatMap((file) => [...classesIn(readFileSync(file, 'utf8'))]));
  const shared = filesUnder('src', /\.(css|tsx?)$/).map((file) => readFileSync(file, 'utf8')).join('\n');
  return new Set([...ofSlides].filter((name) => !new RegExp(`(^|[^\\w-])${name}($|[^\\w-])`).test(shared)));
})();

/** ESLint reads a stylesheet as one `cssClass('name')` call per class selector, on the selector's line. */
const cssDoors = {
  processors: {
    css: {
      preprocess(text) {
        const lines = text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).split('\n');
        const code = lines.map((line) => [...line.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => `cssClass(${JSON.stringify(m[1])});`).join(' '));
        return [{ text: `/* global cssClass */ ${code.join('\n')}`, filename: 'classes.js' }];
      },
      postprocess: (messages) => messages.flat(),
    },
  },
  rules: {
    'no-slide-class': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        return {
          CallExpression(node) {
            const [arg] = node.arguments;
            if (node.callee.name === 'cssClass' && arg?.type === 'Literal' && SLIDE_PRIVATE_CLASSES.has(arg.value)) {
              context.report({ node, message: `.${arg.value} is a slide's private class (only slides/*.css defines it): a shell or feature stylesheet never names it; the slide's stylesheet styles it.` });
            }
          },
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'dist-reveal', 'node_modules', 'coverage'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Node-side tools and terminal demos talk to the user through the console.
    files: ['scripts/**', 'src/demos/**'],
    rules: { 'no-console': 'off' },
  },
  // The rooms (DESIGN.md): src/math -> src/model -> src/tex -> src/theme -> src/components ->
  // src/shell -> src/features -> src/app -> main.tsx, and slides/ beside the app; imports only go
  // down. Each block lists what its folder may not import.
  layer(['src/math/**'], [UI, up('model', 'components', ...DECK_ROOMS, 'demos', 'tex', 'format', 'main'), SLIDES], 'src/math imports nothing outside itself.'),
  layer(['src/model/**'], [UI, up('components', ...DECK_ROOMS, 'demos', 'tex', 'format', 'main'), SLIDES], 'src/model imports only src/math.'),
  layer(
    ['src/theme/**'],
    [SPECTACLE, '^(react-katex|katex)(/.*)?$', up('math', 'model', 'components', 'shell', 'features', 'app', 'demos', 'tex', 'format', 'main'), SLIDES],
    'src/theme imports nothing of the app: palette, type scale and motion are the floor the components stand on.',
  ),
  layer(
    ['src/components/**'],
    [SPECTACLE, up('model', 'demos', 'main', 'shell', 'features', 'app'), SLIDES],
    'src/components import only math types, src/format, TeX and src/theme.',
  ),
  layer(['src/tex/**'], [UI, up('model', 'components', ...DECK_ROOMS, 'demos', 'main'), SLIDES], TEX_MESSAGE),
  {
    // src/tex may name math types (Vector, Matrix) but not compute: a value import from src/math fails.
    files: ['src/tex/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ regex: up('math'), allowTypeImports: true, message: TEX_MESSAGE }] }],
    },
  },
  layer(
    ['src/shell/**'],
    [SPECTACLE, up('features', 'app', 'demos', 'main'), SLIDES],
    'src/shell never imports a feature, the app or slides/ (features come in through DeckFeatures); Spectacle only through src/shell/spectacle.tsx.',
  ),
  layer(['src/shell/spectacle.tsx'], [up('features', 'app', 'demos', 'main'), SLIDES], 'src/shell never imports a feature, the app or slides/.'),
  ...Object.entries(FEATURE_USES).map(([feature, uses]) => {
    const others = Object.keys(FEATURE_USES).filter((other) => other !== feature && !uses.includes(other));
    return layer(
      [`src/features/${feature}/**`],
      [SPECTACLE, up('app', 'demos', 'main'), SLIDES, ...(others.length > 0 ? [`^\\.\\./(${others.join('|')})(/.*)?$`] : [])],
      `src/features/${feature} uses the shell${uses.length > 0 ? ` and ${uses.map((u) => `src/features/${u}`).join(', ')}` : ''}, never the app, slides/ or another feature (declared in eslint.config.js: FEATURE_USES).`,
    );
  }),
  layer(['src/app/**'], [SPECTACLE, up('demos', 'main'), SLIDES], 'src/app composes the shell and the features; main.tsx hands it the slides, Spectacle stays behind src/shell/spectacle.tsx.'),
  layer(['src/main.tsx', 'src/prerender.tsx', 'src/readingText.tsx', 'src/format.ts'], [SPECTACLE], 'Spectacle only through src/shell/spectacle.tsx.'),
  {
    // A shell or feature stylesheet never names a class that only a slide's stylesheet defines.
    files: ['src/shell/**/*.css', 'src/features/**/*.css', 'src/theme/**/*.css', 'src/app/**/*.css'],
    plugins: { doors: cssDoors },
    processor: 'doors/css',
  },
  {
    files: ['**/*.css/*.js'],
    plugins: { doors: cssDoors },
    rules: { 'doors/no-slide-class': 'error' },
  },
  {
    files: ['slides/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...['^\\./[A-Za-z]+Slide$', '^\\.\\./slides/[A-Za-z]+Slide$'].map((regex) => ({
              regex,
              message: 'A slide never imports another slide; shared slide data lives in a module of its own.',
            })),
            ...[SPECTACLE, '^\\.\\./src/(features|app|main)(/.*)?$'].map((regex) => ({
              regex,
              message: 'A slide uses the shell (LectureSlide, useSlideStep, Reveal, useSharedState), never a feature, the app or Spectacle.',
            })),
          ],
        },
      ],
    },
  },
  {
    files: ['src/math/**', 'src/model/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded generator in src/math/random.ts.' }],
    },
  },
);
