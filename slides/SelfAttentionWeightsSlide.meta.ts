import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'self-attention-gewichte',
  section: 4,
  title: 'Scores, Softmax, Kontextvektor',
  steps: 2,
  load: () => import('./SelfAttentionWeightsSlide').then((module) => module.SelfAttentionWeightsSlide),
});
