import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'lernrate',
  section: 5,
  title: 'Lernrate: Konvergenz und Divergenz',
  steps: 0,
  load: () => import('./LearningRateSlide').then((module) => module.LearningRateSlide),
});
