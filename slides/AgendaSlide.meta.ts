import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'agenda',
  title: 'Agenda',
  steps: 0,
  load: () => import('./AgendaSlide').then((module) => module.AgendaSlide),
});
