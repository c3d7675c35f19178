import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'softmax',
  section: 6,
  title: 'Softmax: Aus Logits werden Wahrscheinlichkeiten',
  steps: 1,
  load: () => import('./SoftmaxSlide').then((module) => module.SoftmaxSlide),
});
