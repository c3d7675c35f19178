import { describe, expect, it } from 'vitest';
import { bindingFor, KEY_HELP } from '../../src/shell/keymap';

const press = (key: string, targetTag = 'BODY') =>
  bindingFor('deck', { key, shiftKey: key !== key.toLowerCase(), ctrlKey: false, altKey: false, metaKey: false, targetTag, targetEditable: false })?.command ?? null;

describe('the „Erklärung“ key', () => {
  it('E (either case) toggles the notes panel, not while typing', () => {
    expect(press('e')).toBe('explanation');
    expect(press('E')).toBe('explanation');
    expect(press('e', 'INPUT')).toBeNull();
    expect(press('e', 'TEXTAREA')).toBeNull();
  });

  it('is listed in the help overlay', () => {
    expect(KEY_HELP.find((row) => row.keys === 'E')?.action).toContain('Erklärung');
  });
});
