import { defineSlide } from '../src/shell/manifest';
import { sectionTitle } from './sections';

export default defineSlide({
  id: 'grenzen',
  section: 9,
  title: sectionTitle(9),
  steps: 6,
  load: () => import('./LimitsSlide').then((module) => module.LimitsSlide),
});
