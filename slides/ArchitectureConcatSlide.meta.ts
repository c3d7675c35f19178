import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'koepfe-zusammenfuehren',
  section: 7,
  title: 'Köpfe zusammenführen: Concat, dann Projektion',
  steps: 0,
  load: () => import('./ArchitectureConcatSlide').then((module) => module.ArchitectureConcatSlide),
});
