import { defineSlide } from '../src/shell/manifest';
import { sectionTitle } from './sections';

export default defineSlide({
  id: 'decoder',
  section: 6,
  title: sectionTitle(6),
  steps: 3,
  layout: 'roomy',
  load: () => import('./DecoderSlide').then((module) => module.DecoderSlide),
});
