import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'backpropagation',
  section: 5,
  title: 'Backpropagation: Der Fehler läuft zurück',
  steps: 1,
  load: () => import('./BackpropagationSlide').then((module) => module.BackpropagationSlide),
});
