import { isFieldInput, type KeyInput } from '../../shell/keys';
import { INK_COLORS, type InkColor } from './model';

/** What a key asks of the ink; null when the key is not the ink's (then the deck has it). */
export type InkCommand =
  | { type: 'toggle' }
  | { type: 'color'; color: InkColor }
  | { type: 'tool'; tool: 'highlighter' | 'eraser' }
  | { type: 'clear' }
  | { type: 'leave' };

/**
 * D toggles drawing mode; only while it is on, 1/2/3 pick a colour, H the highlighter, X the
 * eraser, C clears the slide, and Escape leaves drawing mode (and still closes overlays). Keys
 * typed into a field, and keys with Ctrl, Alt or Meta, are never the ink's; every other key
 * (arrows, Space, the clicker's PageUp/PageDown) stays with the deck.
 */
export function inkCommandForKey(input: KeyInput, drawing: boolean): InkCommand | null {
  if (isFieldInput(input)) return null;
  if (input.key === 'Escape') return drawing ? { type: 'leave' } : null;
  if (input.ctrlKey || input.altKey || input.metaKey) return null;
  const key = input.key.toLowerCase();
  if (key === 'd') return { type: 'toggle' };
  if (!drawing) return null;
  const color = INK_COLORS.find((entry) => entry.key === key);
  if (color) return { type: 'color', color: color.role };
  if (key === 'h') return { type: 'tool', tool: 'highlighter' };
  if (key === 'x') return { type: 'tool', tool: 'eraser' };
  if (key === 'c') return { type: 'clear' };
  return null;
}
