import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'kontextkosten',
  section: 9,
  title: 'Kosten langer Kontexte: Rechenarbeit und KV-Cache',
  steps: 1,
  load: () => import('./ContextCostSlide').then((module) => module.ContextCostSlide),
});
