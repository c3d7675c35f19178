import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'schreibweise',
  section: 3,
  title: 'Schreibweise: Zeilenvektoren, ein Zeichen – eine Bedeutung',
  steps: 0,
  load: () => import('./NotationSlide').then((module) => module.NotationSlide),
});
