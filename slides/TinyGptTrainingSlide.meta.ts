import { defineSlide } from '../src/deck/manifest';

export default defineSlide({
  id: 'mini-gpt-lernt',
  section: 7,
  title: 'Ein Modell lernt: ein Mini-GPT trainiert live',
  steps: 1,
  load: () => import('./TinyGptTrainingSlide').then((module) => module.TinyGptTrainingSlide),
});
