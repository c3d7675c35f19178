import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'mini-gpt-halluzination',
  section: 9,
  title: 'Halluzination im Mini-GPT: Zürich',
  steps: 1,
  load: () => import('./TinyGptHallucinationSlide').then((module) => module.TinyGptHallucinationSlide),
});
