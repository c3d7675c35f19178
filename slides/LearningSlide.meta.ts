import { defineSlide } from '../src/shell/manifest';
import { sectionTitle } from './sections';

export default defineSlide({
  id: 'lernprozess',
  section: 5,
  title: sectionTitle(5),
  steps: 2,
  layout: 'roomy',
  load: () => import('./LearningSlide').then((module) => module.LearningSlide),
});
