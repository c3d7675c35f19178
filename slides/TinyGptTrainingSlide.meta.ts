import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'mini-gpt-lernt',
  section: 5,
  title: 'Ein Modell lernt: ein Mini-GPT trainiert live',
  steps: 1,
  load: () => import('./TinyGptTrainingSlide').then((module) => module.TinyGptTrainingSlide),
});
