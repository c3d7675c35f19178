import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'rotary',
  section: 8,
  title: 'Positionskodierung: Rotary (RoPE)',
  steps: 2,
  load: () => import('./RotarySlide').then((module) => module.RotarySlide),
});
