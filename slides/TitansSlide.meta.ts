import { defineSlide } from '../src/shell/manifest';
import { sectionTitle } from './sections';

export default defineSlide({
  id: 'titans',
  section: 8,
  title: sectionTitle(8),
  steps: 3,
  load: () => import('./TitansSlide').then((module) => module.TitansSlide),
});
