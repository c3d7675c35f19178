import { parseModes } from './modes';
/** The groups of the help overlay, in order (it shows them in two columns). */
export const KEY_HELP_GROUPS = ['Folien', 'Anzeige', 'Zeichnen', 'Aufnahme und Wiedergabe'] as const;
export type KeyHelpGroup = (typeof KEY_HELP_GROUPS)[number];

/**
 * Every key of the deck, for the help overlay (German, as the audience reads it). Alternatives in
 * `keys` are separated by "  ·  " or "  oder  " (two spaces each side): the overlay shows each as a key.
 */
export const KEY_HELP: readonly { keys: string; action: string; group: KeyHelpGroup }[] = [
  { keys: '→  ·  Bild ↓  ·  Leertaste', action: 'Nächster Schritt', group: 'Folien' },
  { keys: '←  ·  Bild ↑  ·  Umschalt+Leertaste', action: 'Vorheriger Schritt', group: 'Folien' },
  { keys: 'Pos1  ·  Ende', action: 'Erste / letzte Folie', group: 'Folien' },
  { keys: 'G  oder  Zahl + Enter', action: 'Zu Folie springen', group: 'Folien' },
  { keys: 'O', action: 'Übersicht aller Folien', group: 'Folien' },
  { keys: 'F', action: 'Vollbild an/aus', group: 'Anzeige' },
  { keys: 'B  oder  .', action: 'Schwarzbild an/aus', group: 'Anzeige' },
  { keys: 'W', action: 'Weißbild an/aus', group: 'Anzeige' },
  { keys: 'P', action: 'Referentenansicht an/aus', group: 'Anzeige' },
  { keys: 'E', action: 'Erklärung zur Folie an/aus', group: 'Anzeige' },
  { keys: '?', action: 'Diese Hilfe', group: 'Anzeige' },
  { keys: 'Esc', action: 'Schließen', group: 'Anzeige' },
  { keys: 'D', action: 'Zeichnen an/aus', group: 'Zeichnen' },
  { keys: '1 · 2 · 3  ·  H  ·  X  ·  C', action: 'Beim Zeichnen: Gelb / Orange / Blau, Textmarker, Radierer, Folie leeren', group: 'Zeichnen' },
  { keys: 'R  ·  +  ·  −', action: 'Referentenansicht: Aufnahme an/aus · Notizen größer/kleiner', group: 'Aufnahme und Wiedergabe' },
  { keys: 'Leertaste  oder  K', action: 'Wiedergabeleiste: Abspielen/Pause', group: 'Aufnahme und Wiedergabe' },
  { keys: '← →  ·  Bild ↑ ↓  ·  Pos1  ·  Ende', action: 'Regler der Wiedergabe: 5\u00a0s · 1\u00a0min · Anfang / Ende', group: 'Aufnahme und Wiedergabe' },
];

/** The parts of a help row's keys: each key, and the separators between them. */
export function keyHelpParts(keys: string): { key?: string; separator?: string }[] {
  return keys.split(/ {2}(·|oder) {2}/).map((part, i) => (i % 2 === 0 ? { key: part } : { separator: part }));
}

/** What a key press asks the deck to do; null when the key is not the deck's. */
export type DeckCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'fullscreen' }
  | { type: 'blackout'; color: 'black' | 'white' }
  | { type: 'goto-open' }
  | { type: 'digit'; digit: string }
  | { type: 'goto-delete' }
  | { type: 'enter' }
  | { type: 'overview' }
  | { type: 'presenter' }
  | { type: 'explanation' }
  | { type: 'help' }
  | { type: 'escape' };

export type KeyInput = {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** The element that has focus: keys typed into fields and sliders are theirs, not the deck's. */
  targetTag: string;
  targetEditable: boolean;
};

const FIELD_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Whether the key goes to a text field, slider or editable element (then it is never the deck's). */
export function isFieldInput(input: Pick<KeyInput, 'targetTag' | 'targetEditable'>): boolean {
  return FIELD_TAGS.has(input.targetTag) || input.targetEditable;
}

/** A key event as the keymaps read it: the one place that looks at the focused element. */
export function keyInputOf(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey' | 'target'>): KeyInput {
  const target = event.target instanceof HTMLElement ? event.target : null;
  return {
    key: event.key,
    shiftKey: event.shiftKey,
    ctrlKey: event.ctrlKey,
    altKey: event.altKey,
    metaKey: event.metaKey,
    targetTag: target?.tagName ?? '',
    targetEditable: target?.isContentEditable ?? false,
  };
}

/**
 * Maps a key press to a deck command. Arrow keys are Spectacle's own and stay with it.
 * No key fires while a text field or slider has focus, except Escape; Space and Enter on a
 * focused button press the button.
 */
export function commandForKey(input: KeyInput): DeckCommand | null {
  const { key } = input;
  if (key === 'Escape') return { type: 'escape' };
  if (isFieldInput(input)) return null;
  if (input.ctrlKey || input.altKey || input.metaKey) return null;
  const onButton = input.targetTag === 'BUTTON' || input.targetTag === 'A' || input.targetTag === 'SUMMARY';
  switch (key) {
    case 'PageDown':
      return { type: 'next' };
    case 'PageUp':
      return { type: 'previous' };
    case ' ':
      if (onButton) return null;
      return input.shiftKey ? { type: 'previous' } : { type: 'next' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Enter':
      return onButton ? null : { type: 'enter' };
    case 'Backspace':
      return { type: 'goto-delete' };
    case '?':
      return { type: 'help' };
    case '.':
      return { type: 'blackout', color: 'black' };
  }
  if (/^[0-9]$/.test(key)) return { type: 'digit', digit: key };
  switch (key.toLowerCase()) {
    case 'f':
      return { type: 'fullscreen' };
    case 'b':
      return { type: 'blackout', color: 'black' };
    case 'w':
      return { type: 'blackout', color: 'white' };
    case 'g':
      return { type: 'goto-open' };
    case 'o':
      return { type: 'overview' };
    case 'p':
      return { type: 'presenter' };
    case 'e':
      return { type: 'explanation' };
  }
  return null;
}

/** "?slideIndex=3&stepIndex=1" with a mode flag toggled (Spectacle reloads on a mode change). */
export function toggleModeSearch(search: string, mode: 'overviewMode' | 'presenterMode'): string {
  const params = new URLSearchParams(search);
  const next = new URLSearchParams();
  for (const key of ['slideIndex', 'stepIndex']) {
    const value = params.get(key);
    if (value !== null) next.set(key, value);
  }
  if (parseModes(search).modeFlag !== mode) next.set(mode, 'true');
  const query = next.toString();
  return query ? `?${query}` : '';
}
