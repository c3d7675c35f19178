/**
 * One colour per role, the same on every slide (DESIGN.md, "Visual language").
 * Based on the Okabe-Ito palette, which stays distinguishable for colour-blind viewers.
 * The screen palette is dark (lecture-hall projector); the print palette is light (paper, PDF).
 * Slides never use these values directly: they use the CSS variables from `cssVar`.
 */
export type Role =
  | 'bg'
  | 'surface'
  | 'text'
  | 'muted'
  | 'heading'
  | 'accent'
  | 'border'
  | 'query'
  | 'key'
  | 'value'
  | 'focus'
  | 'target'
  | 'probability'
  | 'loss'
  | 'gradient';

export type Palette = Record<Role, string>;

export const SCREEN_PALETTE: Palette = {
  bg: '#14181f',
  surface: '#1f2530',
  text: '#f3f4f6',
  muted: '#b8c0cc',
  heading: '#ffffff',
  accent: '#56b4e9',
  border: '#3a4352',
  query: '#56b4e9',
  key: '#e69f00',
  value: '#2ec4a0',
  focus: '#e08fc0',
  target: '#f0e442',
  probability: '#9fb8ff',
  loss: '#ff8a5c',
  gradient: '#d7b3ff',
};

export const PRINT_PALETTE: Palette = {
  bg: '#ffffff',
  surface: '#f1f3f6',
  text: '#111111',
  muted: '#4a4f57',
  heading: '#000000',
  accent: '#005a8c',
  border: '#9aa3ae',
  query: '#005a8c',
  key: '#8a4f00',
  value: '#006b50',
  focus: '#8f3b6e',
  target: '#6b5f00',
  probability: '#2b3f9e',
  loss: '#a23d00',
  gradient: '#5b2a8c',
};

/** `var(--role)`: what components and slides use instead of a literal colour. */
export function cssVar(role: Role): string {
  return `var(--${role})`;
}

/** The CSS custom property declarations for one palette. */
export function paletteDeclarations(palette: Palette): string {
  return (Object.keys(palette) as Role[]).map((role) => `--${role}: ${palette[role]};`).join(' ');
}
