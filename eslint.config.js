import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const PURE_MATH_FORBIDDEN = ['react', 'react-dom', 'spectacle', 'katex', 'react-katex', 'framer-motion'];

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
  {
    // src/math and src/model are pure: no UI library may leak into the numbers.
    files: ['src/math/**', 'src/model/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: PURE_MATH_FORBIDDEN.map((name) => ({ name, message: 'src/math and src/model stay pure TypeScript.' })),
          patterns: PURE_MATH_FORBIDDEN.map((name) => ({
            group: [`${name}/*`],
            message: 'src/math and src/model stay pure TypeScript.',
          })),
        },
      ],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded generator in src/math/random.ts.' }],
    },
  },
);
