import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'parameter-block',
  section: 7,
  title: 'Wie viele Parameter hat ein Block?',
  steps: 0,
  load: () => import('./ArchitectureBlockParamsSlide').then((module) => module.ArchitectureBlockParamsSlide),
});
