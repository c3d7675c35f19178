import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'tokenisierung',
  section: 2,
    title: 'Tokenisierung: Vom Text zu Tokens',
  steps: 0,
  load: () => import('./TokenizationSlide').then((module) => module.TokenizationSlide),
});
