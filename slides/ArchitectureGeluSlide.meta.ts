import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'gelu',
  section: 7,
  title: 'Im MLP: GeLU statt ReLU',
  steps: 0,
  load: () => import('./ArchitectureGeluSlide').then((module) => module.ArchitectureGeluSlide),
});
