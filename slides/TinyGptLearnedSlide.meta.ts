import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'mini-gpt-gelernt',
  section: 7,
  title: 'Was hat das Mini-GPT gelernt?',
  steps: 3,
  load: () => import('./TinyGptLearnedSlide').then((module) => module.TinyGptLearnedSlide),
});
