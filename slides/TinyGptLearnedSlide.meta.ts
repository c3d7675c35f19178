import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'mini-gpt-gelernt',
  section: 5,
  title: 'Was hat das Mini-GPT gelernt?',
  steps: 1,
  load: () => import('./TinyGptLearnedSlide').then((module) => module.TinyGptLearnedSlide),
});
