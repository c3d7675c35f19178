import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'mini-gpt-lernt',
  section: 7,
  title: 'Alles zusammen: ein Mini-GPT lernt',
  steps: 1,
  load: () => import('./TinyGptTrainingSlide').then((module) => module.TinyGptTrainingSlide),
});
