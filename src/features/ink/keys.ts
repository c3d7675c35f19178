import type { KeyCommand } from '../../shell/keymap';
import { INK_COLORS, type InkColor } from './model';

/** What the ink does, from a key (its rows in src/shell/keymap.ts) or a toolbar button. */
export type InkCommand =
  | { type: 'toggle' }
  | { type: 'color'; color: InkColor }
  | { type: 'tool'; tool: 'highlighter' | 'eraser' }
  | { type: 'clear' }
  | { type: 'leave' };

/** The ink command of a keymap command; null for a command that is not the ink's. */
export function inkCommandOf(command: KeyCommand): InkCommand | null {
  switch (command) {
    case 'ink-toggle':
      return { type: 'toggle' };
    case 'ink-highlighter':
      return { type: 'tool', tool: 'highlighter' };
    case 'ink-eraser':
      return { type: 'tool', tool: 'eraser' };
    case 'ink-clear':
      return { type: 'clear' };
    case 'ink-leave':
      return { type: 'leave' };
  }
  const color = INK_COLORS.find((entry) => command === `ink-color-${entry.key}`);
  return color ? { type: 'color', color: color.role } : null;
}
