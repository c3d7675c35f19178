import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'titans-varianten',
  section: 8,
  title: 'Drei Varianten: MAC, MAG, MAL',
  steps: 2,
  load: () => import('./TitansVariantsSlide').then((module) => module.TitansVariantsSlide),
});
