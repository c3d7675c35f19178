import { defineSlide } from '../src/deck/manifest';

export default defineSlide({
  id: 'mini-gpt-beibringen',
  section: 6,
  title: 'Bring dem Mini-GPT etwas bei',
  steps: 0,
  load: () => import('./TinyGptTeachSlide').then((module) => module.TinyGptTeachSlide),
});
