import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'attention-matrix',
  section: 4,
  title: 'Die ganze Attention-Matrix',
  steps: 2,
  load: () => import('./AttentionMatrixSlide').then((module) => module.AttentionMatrixSlide),
});
