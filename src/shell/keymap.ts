/**
 * Every key of the app in one table (like Slidev's shortcuts): which key, in which layer, under
 * which condition, the command it runs, whether a held key repeats it, and its line in the help
 * overlay (German, as the audience reads it). The help overlay is generated from this table;
 * adding a shortcut is one row here plus its command in the layer that runs it.
 */
import { isFieldInput, type KeyInput } from './keys';

/**
 * The window layers, first asked first: the ink (while drawing, 1/2/3 pick a colour, not „Gehe zu
 * Folie“), the reading view's overlays, the deck, the presenter view's own keys. The player's
 * layers answer keys on the player bar's own elements only (while they have the focus).
 */
export const KEY_LAYERS = ['ink', 'reading', 'deck', 'presenter'] as const;
export type KeyLayerName = (typeof KEY_LAYERS)[number];
export type KeyScope = KeyLayerName | 'player' | 'player-seek';

/** The groups of the help overlay, in order (it shows them in two columns). */
export const KEY_HELP_GROUPS = ['Folien', 'Anzeige', 'Zeichnen', 'Aufnahme und Wiedergabe'] as const;
export type KeyHelpGroup = (typeof KEY_HELP_GROUPS)[number];

export type KeyCommand =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'goto-open'
  | 'goto-digit'
  | 'goto-delete'
  | 'enter'
  | 'overview'
  | 'print-mode'
  | 'export-mode'
  | 'fullscreen'
  | 'blackout-black'
  | 'blackout-white'
  | 'presenter'
  | 'explanation'
  | 'help'
  | 'escape'
  | 'close-contents'
  | 'ink-toggle'
  | 'ink-color-1'
  | 'ink-color-2'
  | 'ink-color-3'
  | 'ink-highlighter'
  | 'ink-eraser'
  | 'ink-clear'
  | 'ink-leave'
  | 'record'
  | 'notes-larger'
  | 'notes-smaller'
  | 'play-pause'
  | 'seek-back-5s'
  | 'seek-forward-5s'
  | 'seek-back-1min'
  | 'seek-forward-1min'
  | 'seek-start'
  | 'seek-end';

/**
 * A condition a layer answers at the time of the key press: „the ink is in drawing mode“, „the
 * deck's own stage is on screen“ (in Spectacle's overview and print modes Spectacle answers the
 * arrows and its mode keys itself).
 */
export type KeyCondition = 'drawing' | 'stage';

/** One line of the help overlay. Alternatives in `keys` are separated by "  ·  " or "  oder  " (two spaces each side). */
export type KeyHelp = { group: KeyHelpGroup; keys: string; action: string };

export type KeyBinding = {
  scope: KeyScope;
  /** KeyboardEvent.key values; a letter matches in either case. */
  keys: readonly string[];
  /** Shift must be held (true) or not (false); either when absent. */
  shift?: boolean;
  command: KeyCommand;
  /** Only while this holds (asked of the layer). */
  when?: KeyCondition;
  /** A held key runs the command again (true for moving, false for toggles). */
  autoRepeat: boolean;
  /** Also from a text field or slider (Escape, and the player's keys on its slider). */
  inFields?: true;
  /** Also with Ctrl, Alt or Meta held. */
  withModifiers?: true;
  /** Only with Ctrl (or ⌘) held. */
  ctrl?: true;
  /** Space and Enter on a focused button, link, summary or select are theirs. */
  notOnButtons?: true;
  /** Its line in the help overlay; a binding without one is described by the line of the one before it. */
  help?: KeyHelp;
};

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** The table. Within a scope, the first row that matches wins. */
export const KEYMAP: readonly KeyBinding[] = [
  // The deck.
  { scope: 'deck', keys: ['ArrowRight'], when: 'stage', command: 'next', autoRepeat: true, help: { group: 'Folien', keys: '→  ·  Bild ↓  ·  Leertaste', action: 'Nächster Schritt' } },
  { scope: 'deck', keys: ['PageDown'], command: 'next', autoRepeat: true },
  { scope: 'deck', keys: [' '], shift: false, notOnButtons: true, command: 'next', autoRepeat: true },
  { scope: 'deck', keys: ['ArrowLeft'], when: 'stage', command: 'previous', autoRepeat: true, help: { group: 'Folien', keys: '←  ·  Bild ↑  ·  Umschalt+Leertaste', action: 'Vorheriger Schritt' } },
  { scope: 'deck', keys: ['PageUp'], command: 'previous', autoRepeat: true },
  { scope: 'deck', keys: [' '], shift: true, notOnButtons: true, command: 'previous', autoRepeat: true },
  { scope: 'deck', keys: ['Home'], command: 'first', autoRepeat: false, help: { group: 'Folien', keys: 'Pos1  ·  Ende', action: 'Erste / letzte Folie' } },
  { scope: 'deck', keys: ['End'], command: 'last', autoRepeat: false },
  { scope: 'deck', keys: ['g'], command: 'goto-open', autoRepeat: false, help: { group: 'Folien', keys: 'G  oder  Zahl + Enter', action: 'Zu Folie springen' } },
  { scope: 'deck', keys: DIGITS, command: 'goto-digit', autoRepeat: true },
  { scope: 'deck', keys: ['Backspace'], command: 'goto-delete', autoRepeat: true },
  { scope: 'deck', keys: ['Enter'], notOnButtons: true, command: 'enter', autoRepeat: false },
  { scope: 'deck', keys: ['o'], command: 'overview', autoRepeat: false, help: { group: 'Folien', keys: 'O', action: 'Übersicht aller Folien' } },
  // Spectacle's print and export modes (README „Keys“); in those modes Spectacle's own keys lead back.
  { scope: 'deck', keys: ['r'], shift: true, ctrl: true, withModifiers: true, when: 'stage', command: 'print-mode', autoRepeat: false },
  { scope: 'deck', keys: ['e'], shift: true, ctrl: true, withModifiers: true, when: 'stage', command: 'export-mode', autoRepeat: false },
  { scope: 'deck', keys: ['f'], command: 'fullscreen', autoRepeat: false, help: { group: 'Anzeige', keys: 'F', action: 'Vollbild an/aus' } },
  { scope: 'deck', keys: ['b', '.'], command: 'blackout-black', autoRepeat: false, help: { group: 'Anzeige', keys: 'B  oder  .', action: 'Schwarzbild an/aus' } },
  { scope: 'deck', keys: ['w'], command: 'blackout-white', autoRepeat: false, help: { group: 'Anzeige', keys: 'W', action: 'Weißbild an/aus' } },
  { scope: 'deck', keys: ['p'], command: 'presenter', autoRepeat: false, help: { group: 'Anzeige', keys: 'P', action: 'Referentenansicht an/aus' } },
  { scope: 'deck', keys: ['e'], command: 'explanation', autoRepeat: false, help: { group: 'Anzeige', keys: 'E', action: 'Erklärung zur Folie an/aus' } },
  { scope: 'deck', keys: ['?'], command: 'help', autoRepeat: false, help: { group: 'Anzeige', keys: '?', action: 'Diese Hilfe' } },
  { scope: 'deck', keys: ['Escape'], inFields: true, withModifiers: true, command: 'escape', autoRepeat: false, help: { group: 'Anzeige', keys: 'Esc', action: 'Schließen' } },
  // The reading view: Escape closes its table of contents (and goes on to nobody else's).
  { scope: 'reading', keys: ['Escape'], inFields: true, withModifiers: true, command: 'close-contents', autoRepeat: false },
  // The ink, asked before the deck.
  { scope: 'ink', keys: ['d'], command: 'ink-toggle', autoRepeat: false, help: { group: 'Zeichnen', keys: 'D', action: 'Zeichnen an/aus' } },
  {
    scope: 'ink', keys: ['1'], when: 'drawing', command: 'ink-color-1', autoRepeat: false,
    help: { group: 'Zeichnen', keys: '1 · 2 · 3  ·  H  ·  X  ·  C', action: 'Beim Zeichnen: Gelb / Orange / Blau, Textmarker, Radierer, Folie leeren' },
  },
  { scope: 'ink', keys: ['2'], when: 'drawing', command: 'ink-color-2', autoRepeat: false },
  { scope: 'ink', keys: ['3'], when: 'drawing', command: 'ink-color-3', autoRepeat: false },
  { scope: 'ink', keys: ['h'], when: 'drawing', command: 'ink-highlighter', autoRepeat: false },
  { scope: 'ink', keys: ['x'], when: 'drawing', command: 'ink-eraser', autoRepeat: false },
  { scope: 'ink', keys: ['c'], when: 'drawing', command: 'ink-clear', autoRepeat: false },
  { scope: 'ink', keys: ['Escape'], withModifiers: true, when: 'drawing', command: 'ink-leave', autoRepeat: false },
  // The presenter view.
  {
    scope: 'presenter', keys: ['r'], command: 'record', autoRepeat: false,
    help: { group: 'Aufnahme und Wiedergabe', keys: 'R  ·  +  ·  −', action: 'Referentenansicht: Aufnahme an/aus · Notizen größer/kleiner' },
  },
  { scope: 'presenter', keys: ['+', '='], command: 'notes-larger', autoRepeat: true },
  { scope: 'presenter', keys: ['-'], command: 'notes-smaller', autoRepeat: true },
  // The player bar (replay), on its own elements.
  {
    scope: 'player', keys: [' '], inFields: true, notOnButtons: true, command: 'play-pause', autoRepeat: false,
    help: { group: 'Aufnahme und Wiedergabe', keys: 'Leertaste  oder  K', action: 'Wiedergabeleiste: Abspielen/Pause' },
  },
  { scope: 'player', keys: ['k'], inFields: true, command: 'play-pause', autoRepeat: false },
  {
    scope: 'player-seek', keys: ['ArrowLeft', 'ArrowDown'], inFields: true, withModifiers: true, command: 'seek-back-5s', autoRepeat: true,
    help: { group: 'Aufnahme und Wiedergabe', keys: '← →  ·  Bild ↑ ↓  ·  Pos1  ·  Ende', action: 'Regler der Wiedergabe: 5\u00a0s · 1\u00a0min · Anfang / Ende' },
  },
  { scope: 'player-seek', keys: ['ArrowRight', 'ArrowUp'], inFields: true, withModifiers: true, command: 'seek-forward-5s', autoRepeat: true },
  { scope: 'player-seek', keys: ['PageDown'], inFields: true, withModifiers: true, command: 'seek-back-1min', autoRepeat: true },
  { scope: 'player-seek', keys: ['PageUp'], inFields: true, withModifiers: true, command: 'seek-forward-1min', autoRepeat: true },
  { scope: 'player-seek', keys: ['Home'], inFields: true, withModifiers: true, command: 'seek-start', autoRepeat: false },
  { scope: 'player-seek', keys: ['End'], inFields: true, withModifiers: true, command: 'seek-end', autoRepeat: false },
];

/** The help overlay's lines, in table order. */
export const KEY_HELP: readonly KeyHelp[] = KEYMAP.flatMap((binding) => (binding.help ? [binding.help] : []));

const BUTTON_TAGS = new Set(['BUTTON', 'A', 'SUMMARY', 'SELECT']);

function matches(binding: KeyBinding, input: KeyInput, holds: (condition: KeyCondition) => boolean): boolean {
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  if (!binding.keys.includes(key)) return false;
  if (binding.shift !== undefined && binding.shift !== input.shiftKey) return false;
  if (!binding.withModifiers && (input.ctrlKey || input.altKey || input.metaKey)) return false;
  if (binding.ctrl && !(input.ctrlKey || input.metaKey)) return false;
  if (!binding.inFields && isFieldInput(input)) return false;
  if (binding.notOnButtons && BUTTON_TAGS.has(input.targetTag)) return false;
  if (input.repeat && !binding.autoRepeat) return false;
  return binding.when === undefined || holds(binding.when);
}

/** The binding a key press runs in a scope, or null when the scope has none for it. */
export function bindingFor(scope: KeyScope, input: KeyInput, holds: (condition: KeyCondition) => boolean = () => false): KeyBinding | null {
  return KEYMAP.find((binding) => binding.scope === scope && matches(binding, input, holds)) ?? null;
}
