import { defineSlide } from '../src/shell/manifest';
import { sectionTitle } from './sections';

export default defineSlide({
  id: 'motivation',
  section: 1,
  title: sectionTitle(1),
  steps: 1,
  layout: 'roomy',
  load: () => import('./MotivationSlide').then((module) => module.MotivationSlide),
});
