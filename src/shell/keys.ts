import { parseModes, type ModeFlag } from './modes';
/** The parts of a help row's keys: each key, and the separators between them. */
export function keyHelpParts(keys: string): { key?: string; separator?: string }[] {
  return keys.split(/ {2}(·|oder) {2}/).map((part, i) => (i % 2 === 0 ? { key: part } : { separator: part }));
}

export type KeyInput = {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** The key is held down and the browser repeats it. */
  repeat?: boolean;
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
export function keyInputOf(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey' | 'target'> & { repeat?: boolean }): KeyInput {
  const target = event.target instanceof HTMLElement ? event.target : null;
  return {
    key: event.key,
    shiftKey: event.shiftKey,
    ctrlKey: event.ctrlKey,
    altKey: event.altKey,
    metaKey: event.metaKey,
    repeat: event.repeat ?? false,
    targetTag: target?.tagName ?? '',
    targetEditable: target?.isContentEditable ?? false,
  };
}

/** "?slideIndex=3&stepIndex=1" with a mode flag toggled (the page reloads on a mode change). */
export function toggleModeSearch(search: string, mode: ModeFlag): string {
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
