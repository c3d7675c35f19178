import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'titel',
  kicker: 'Angewandte Mathematik 3 – Anwendung: Large Language Models',
  title: 'Vom Token zur Antwort – Wie Large Language Models wirklich funktionieren',
  steps: 0,
  layout: 'roomy',
  load: () => import('./TitleSlide').then((module) => module.TitleSlide),
});
