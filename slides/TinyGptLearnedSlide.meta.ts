import { defineSlide } from '../src/deck/manifest';

export default defineSlide({
  id: 'mini-gpt-gelernt',
  section: 5,
  title: 'Was hat das Mini-GPT gelernt?',
  steps: 3,
  load: () => import('./TinyGptLearnedSlide').then((module) => module.TinyGptLearnedSlide),
});
