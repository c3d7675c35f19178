import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'mini-gpt-halluzination',
  section: 9,
  title: 'Halluzination im Mini-GPT: Zürich und Ungarn',
  steps: 2,
  load: () => import('./TinyGptHallucinationSlide').then((module) => module.TinyGptHallucinationSlide),
});
