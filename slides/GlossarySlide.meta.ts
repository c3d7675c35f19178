import { defineSlide } from '../src/shell/manifest';
import { sectionTitle } from './sections';

export default defineSlide({
  id: 'glossar',
  section: 11,
  title: sectionTitle(11),
  steps: 0,
  load: () => import('./GlossarySlide').then((module) => module.GlossarySlide),
});
