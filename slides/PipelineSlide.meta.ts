import { defineSlide } from '../src/shell/manifest';
import { sectionTitle } from './sections';

export default defineSlide({
  id: 'transformer',
  section: 2,
  title: sectionTitle(2),
  steps: 6,
  layout: 'roomy',
  load: () => import('./PipelineSlide').then((module) => module.PipelineSlide),
});
