import { defineSlide } from '../src/shell/manifest';
import { sectionTitle } from './sections';

export default defineSlide({
  id: 'architekturen',
  section: 7,
  title: sectionTitle(7),
  steps: 5,
  load: () => import('./ArchitectureSlide').then((module) => module.ArchitectureSlide),
});
