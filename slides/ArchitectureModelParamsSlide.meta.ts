import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'parameter-modell',
  section: 7,
  title: 'Wie viele Parameter hat ein Modell?',
  steps: 0,
  load: () => import('./ArchitectureModelParamsSlide').then((module) => module.ArchitectureModelParamsSlide),
});
