import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'gradient-descent',
  section: 5,
  kicker: 'Abschnitte 3 und 5',
  title: 'Gradient Descent: ein Schritt gegen den Gradienten',
  steps: 0,
  load: () => import('./GradientDescentSlide').then((module) => module.GradientDescentSlide),
});
