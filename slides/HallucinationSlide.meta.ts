import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'halluzination',
  section: 9,
  title: 'Halluzination: flüssig, sicher – und falsch',
  steps: 0,
  load: () => import('./HallucinationSlide').then((module) => module.HallucinationSlide),
});
