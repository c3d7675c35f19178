import type { TimePlan } from '../src/shell/timePlan';

/**
 * The lecture's time plan: 90 minutes, a budget per outline section (../shared/lecture/outline.de.md),
 * weighted by what each section does in the hall: the worked example (4) and the architectures
 * with the tiny GPT's live training (7) take longest; the glossary is a slide to point at. The
 * presenter view paces the talk against it; the length can be changed there (the budgets scale).
 */
export const TIME_PLAN: TimePlan = {
  lengthMinutes: 90,
  parts: [
    { section: null, title: 'Einstieg', minutes: 2 },
    { section: 1, title: 'Motivation', minutes: 5 },
    { section: 2, title: 'Transformer & Self-Attention', minutes: 10 },
    { section: 3, title: 'Mathematische Grundlagen', minutes: 8 },
    { section: 4, title: 'Rechenbeispiel', minutes: 15 },
    { section: 5, title: 'Lernprozess', minutes: 10 },
    { section: 6, title: 'Decoder-Vorhersage', minutes: 8 },
    { section: 7, title: 'Architekturen und Mini-GPT', minutes: 13 },
    { section: 8, title: 'Titans', minutes: 8 },
    { section: 9, title: 'Grenzen', minutes: 6 },
    { section: 10, title: 'Fazit & Diskussion', minutes: 4 },
    { section: 11, title: 'Glossar', minutes: 1 },
  ],
};
