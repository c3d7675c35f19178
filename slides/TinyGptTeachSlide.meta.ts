import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'mini-gpt-beibringen',
  section: 7,
  title: 'Dem Mini-GPT etwas beibringen',
  steps: 0,
  load: () => import('./TinyGptTeachSlide').then((module) => module.TinyGptTeachSlide),
});
