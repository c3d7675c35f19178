import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI_LIBRARIES = ['react', 'react-dom', 'spectacle', 'katex', 'react-katex', 'framer-motion'];
const UI = `^(${UI_LIBRARIES.join('|')})(/.*)?$`;
/** A relative import of one of src/'s folders (or files) from anywhere below src/. */
const up = (...names) => `^(\\.\\./)+(src/)?(${names.join('|')})(/.*)?$`;
const SLIDES = '^(\\.\\./)+slides(/.*)?$';
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
  // The layers (DESIGN.md): src/math -> src/model -> src/components -> src/deck -> slides; imports
  // only go down. Each block lists what its folder may not import.
  layer(['src/math/**'], [UI, up('model', 'components', 'deck', 'demos', 'tex', 'format', 'main'), SLIDES], 'src/math imports nothing outside itself.'),
  layer(['src/model/**'], [UI, up('components', 'deck', 'demos', 'tex', 'format', 'main'), SLIDES], 'src/model imports only src/math.'),
  layer(
    ['src/components/**'],
    ['^(\\.\\./)+(src/)?(model|demos|main)(/.*)?$', '^(\\.\\./)+(src/)?deck/(?!(palette|theme)$).*$', SLIDES],
    'src/components import only math types, src/format, TeX and the theme (src/deck/palette, src/deck/theme).',
  ),
  layer(['src/tex/**'], [UI, up('model', 'components', 'deck', 'demos', 'main'), SLIDES], TEX_MESSAGE),
  {
    // src/tex may name math types (Vector, Matrix) but not compute: a value import from src/math fails.
    files: ['src/tex/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ regex: up('math'), allowTypeImports: true, message: TEX_MESSAGE }] }],
    },
  },
  layer(['src/deck/**'], [SLIDES], 'src/deck never imports slides/: main.tsx hands the slides to the deck.'),
  layer(['slides/**'], ['^\\./[A-Za-z]+Slide$', '^\\.\\./slides/[A-Za-z]+Slide$'], 'A slide never imports another slide; shared slide data lives in a module of its own.'),
  {
    files: ['src/math/**', 'src/model/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded generator in src/math/random.ts.' }],
    },
  },
);
