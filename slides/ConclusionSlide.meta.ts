import { defineSlide } from '../src/shell/manifest';
import { sectionTitle } from './sections';

export default defineSlide({
  id: 'fazit',
  section: 10,
  title: sectionTitle(10),
  steps: 3,
  layout: 'roomy',
  load: () => import('./ConclusionSlide').then((module) => module.ConclusionSlide),
});
