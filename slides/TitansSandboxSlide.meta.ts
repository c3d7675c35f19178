import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'titans-sandkasten',
  section: 8,
  title: 'Sandkasten: ein Gedächtnis lernt beim Lesen',
  steps: 1,
  load: () => import('./TitansSandboxSlide').then((module) => module.TitansSandboxSlide),
});
