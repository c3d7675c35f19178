import { defineSlide } from '../src/shell/manifest';

export default defineSlide({
  id: 'was-waere-wenn',
  section: 4,
  title: 'Was wäre, wenn …?',
  steps: 0,
  load: () => import('./WhatIfSlide').then((module) => module.WhatIfSlide),
});
