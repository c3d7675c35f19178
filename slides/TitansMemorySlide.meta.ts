import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'titans-gedaechtnis',
  section: 8,
  title: 'Langzeitgedächtnis: lernen beim Lesen',
  steps: 4,
  load: () => import('./TitansMemorySlide').then((module) => module.TitansMemorySlide),
});
