import { defineSlide } from '../src/deck/manifest';

export default defineSlide({
  id: 'mini-gpt-generiert',
  section: 7,
  title: 'Vom Token zur Antwort: das Mini-GPT schreibt',
  steps: 0,
  load: () => import('./TinyGptGenerationSlide').then((module) => module.TinyGptGenerationSlide),
});
