import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'cross-entropy',
  section: 5,
  title: 'Cross-Entropy: Wie falsch liegt das Modell?',
  steps: 2,
  load: () => import('./CrossEntropySlide').then((module) => module.CrossEntropySlide),
});
