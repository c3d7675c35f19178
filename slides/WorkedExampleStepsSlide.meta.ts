import { defineSlide } from '../src/shell/manifest';
import { sectionTitle } from './sections';

export default defineSlide({
  id: 'rechenbeispiel',
  section: 4,
  title: sectionTitle(4),
  steps: 6,
  layout: 'roomy',
  load: () => import('./WorkedExampleStepsSlide').then((module) => module.WorkedExampleStepsSlide),
});
