import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'self-attention',
  section: 4,
  title: 'Self-Attention Schritt für Schritt',
  steps: 2,
  load: () => import('./SelfAttentionQkvSlide').then((module) => module.SelfAttentionQkvSlide),
});
