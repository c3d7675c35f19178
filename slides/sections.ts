/** The eleven sections of the lecture outline (shared/lecture/outline.de.md), in order. */
export const SECTIONS = [
  { number: 1, title: 'Motivation: Vom Token zur Antwort' },
  { number: 2, title: 'Transformer-Architektur & Self-Attention' },
  { number: 3, title: 'Mathematische Grundlagen' },
  { number: 4, title: 'Rechenbeispiel: Wie arbeitet das Modell?' },
  { number: 5, title: 'Lernprozess & Backpropagation' },
  { number: 6, title: 'Wie entscheidet das Modell? (Decoder-Vorhersage)' },
  { number: 7, title: 'Modellarchitekturen im Überblick' },
  { number: 8, title: 'Titans – Ein Ausblick auf neue Architekturen' },
  { number: 9, title: 'Grenzen von LLMs' },
  { number: 10, title: 'Fazit & Diskussion' },
  { number: 11, title: 'Glossar (Auszug)' },
] as const;

/** "Abschnitt 4" for the slide kicker. */
export function kicker(number: number): string {
  return `Abschnitt ${number}`;
}

export function sectionTitle(number: number): string {
  const section = SECTIONS.find((s) => s.number === number);
  if (!section) throw new Error(`Unknown section ${number}`);
  return section.title;
}
