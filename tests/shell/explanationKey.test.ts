import { describe, expect, it } from 'vitest';
import { commandForKey, KEY_HELP } from '../../src/shell/keys';

const press = (key: string, targetTag = 'BODY') =>
  commandForKey({ key, shiftKey: key !== key.toLowerCase(), ctrlKey: false, altKey: false, metaKey: false, targetTag, targetEditable: false });

describe('the „Erklärung“ key', () => {
  it('E (either case) toggles the notes panel, not while typing', () => {
    expect(press('e')).toEqual({ type: 'explanation' });
    expect(press('E')).toEqual({ type: 'explanation' });
    expect(press('e', 'INPUT')).toBeNull();
    expect(press('e', 'TEXTAREA')).toBeNull();
  });

  it('is listed in the help overlay', () => {
    expect(KEY_HELP.find((row) => row.keys === 'E')?.action).toContain('Erklärung');
  });
});
