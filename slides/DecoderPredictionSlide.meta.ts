import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'decoder-vorhersage',
  section: 6,
  title: 'Decoder-Vorhersage: vom Kontextvektor zum Wort',
  steps: 2,
  load: () => import('./DecoderPredictionSlide').then((module) => module.DecoderPredictionSlide),
});
