import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'multi-head',
  section: 7,
  title: 'Multi-Head Attention: mehrere Köpfe, mehrere Fragen',
  steps: 2,
  load: () => import('./ArchitectureMultiHeadSlide').then((module) => module.ArchitectureMultiHeadSlide),
});
