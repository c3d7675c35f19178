import { defineSlide } from '../src/shell/manifest';
import { sectionTitle } from './sections';

export default defineSlide({
  id: 'mathematik',
  section: 3,
  title: sectionTitle(3),
  steps: 2,
  layout: 'roomy',
  load: () => import('./MathFoundationsSlide').then((module) => module.MathFoundationsSlide),
});
