import { describe, expect, it } from 'vitest';
import type { KeyInput } from '../../src/shell/keys';
import { bindingFor, KEY_HELP, KEY_HELP_GROUPS, KEYMAP, type KeyCondition } from '../../src/shell/keymap';

const key = (k: string, more: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  targetTag: 'BODY',
  targetEditable: false,
  ...more,
});
const deck = (k: string, more: Partial<KeyInput> = {}) => bindingFor('deck', key(k, more))?.command ?? null;

describe('the keymap', () => {
  it('gives the deck the clicker keys, Space, Home/End, the go-to keys and the toggles', () => {
    const expected: [string, Partial<KeyInput>, string][] = [
      ['PageDown', {}, 'next'],
      [' ', {}, 'next'],
      ['PageUp', {}, 'previous'],
      [' ', { shiftKey: true }, 'previous'],
      ['Home', {}, 'first'],
      ['End', {}, 'last'],
      ['g', {}, 'goto-open'],
      ['7', {}, 'goto-digit'],
      ['Backspace', {}, 'goto-delete'],
      ['Enter', {}, 'enter'],
      ['O', { shiftKey: true }, 'overview'],
      ['f', {}, 'fullscreen'],
      ['b', {}, 'blackout-black'],
      ['.', {}, 'blackout-black'],
      ['W', { shiftKey: true }, 'blackout-white'],
      ['p', {}, 'presenter'],
      ['?', { shiftKey: true }, 'help'],
      ['Escape', {}, 'escape'],
    ];
    for (const [k, more, command] of expected) expect(deck(k, more), JSON.stringify(k)).toBe(command);
  });

  it('takes the arrows and Ctrl+Shift+R/E on the stage only (Spectacle answers them in its overview and print modes)', () => {
    const onStage = (k: string, more: Partial<KeyInput> = {}) => bindingFor('deck', key(k, more), (condition) => condition === 'stage')?.command ?? null;
    expect(deck('ArrowRight')).toBeNull();
    expect(deck('ArrowLeft')).toBeNull();
    expect([onStage('ArrowRight'), onStage('ArrowLeft')]).toEqual(['next', 'previous']);
    expect(onStage('ArrowRight', { targetTag: 'INPUT' })).toBeNull();
    expect(onStage('ArrowRight', { shiftKey: true, ctrlKey: true })).toBeNull();
    expect(onStage('R', { shiftKey: true, ctrlKey: true })).toBe('print-mode');
    expect(onStage('E', { shiftKey: true, metaKey: true })).toBe('export-mode');
    expect(deck('R', { shiftKey: true, ctrlKey: true })).toBeNull();
    // Without Ctrl, Shift+E is no mode change (and E alone is „Erklärung“).
    expect(onStage('E', { shiftKey: true })).toBe('explanation');
  });

  it('leaves Space/Enter on a focused button to the button', () => {
    for (const tag of ['BUTTON', 'A', 'SUMMARY']) {
      expect(deck(' ', { targetTag: tag }), tag).toBeNull();
      expect(deck('Enter', { targetTag: tag }), tag).toBeNull();
      expect(deck('PageDown', { targetTag: tag }), tag).toBe('next');
    }
  });

  it('takes no key with Ctrl, Alt or Meta and none typed into a field, except Escape', () => {
    for (const more of [{ ctrlKey: true }, { altKey: true }, { metaKey: true }, { targetTag: 'INPUT' }, { targetTag: 'DIV', targetEditable: true }]) {
      for (const k of ['PageDown', ' ', 'b', '1', 'f', 'p']) expect(deck(k, more), `${k} ${JSON.stringify(more)}`).toBeNull();
      expect(deck('Escape', more)).toBe('escape');
    }
  });

  it('repeats a held key for moving and typing, never for a toggle', () => {
    expect(deck('PageDown', { repeat: true })).toBe('next');
    expect(deck('3', { repeat: true })).toBe('goto-digit');
    for (const k of ['b', 'f', 'o', 'p', 'e', '?', 'Escape']) expect(deck(k, { repeat: true }), k).toBeNull();
    expect(bindingFor('ink', key('d', { repeat: true }))).toBeNull();
  });

  it('gives the player Space and K (not Space on its buttons), and its slider the seek keys', () => {
    expect(bindingFor('player', key(' ', { targetTag: 'INPUT' }))?.command).toBe('play-pause');
    expect(bindingFor('player', key('K', { shiftKey: true }))?.command).toBe('play-pause');
    expect(bindingFor('player', key(' ', { targetTag: 'BUTTON' }))).toBeNull();
    expect(bindingFor('player', key('k', { targetTag: 'BUTTON' }))?.command).toBe('play-pause');
    const seek = (k: string) => bindingFor('player-seek', key(k, { targetTag: 'INPUT' }))?.command;
    expect([seek('ArrowLeft'), seek('ArrowUp'), seek('PageDown'), seek('PageUp'), seek('Home'), seek('End')]).toEqual([
      'seek-back-5s',
      'seek-forward-5s',
      'seek-back-1min',
      'seek-forward-1min',
      'seek-start',
      'seek-end',
    ]);
  });

  it('has no row hidden behind an earlier one (every row is the one that runs for one of its keys)', () => {
    const conditions: (KeyCondition | undefined)[] = [undefined, 'drawing', 'stage'];
    for (const [index, row] of KEYMAP.entries()) {
      const reachable = row.keys.some((k) =>
        conditions.some((condition) => {
          const input = key(k, { shiftKey: row.shift ?? false, ctrlKey: row.ctrl ?? false, targetTag: row.scope === 'player-seek' ? 'INPUT' : 'BODY' });
          return bindingFor(row.scope, input, (c) => c === condition) === row;
        }),
      );
      expect(reachable, `row ${index} (${row.scope} ${row.command})`).toBe(true);
    }
  });

  it('generates the help from the table: every group used, in order, and a line for every scope', () => {
    const groups = KEY_HELP.map((line) => line.group);
    expect([...new Set(groups)]).toEqual([...KEY_HELP_GROUPS]);
    expect(KEY_HELP.map((line) => line.keys)).toContain('Leertaste  oder  K');
    const scopesWithHelp = new Set(KEYMAP.filter((row) => row.help).map((row) => row.scope));
    const scopes = new Set(KEYMAP.map((row) => row.scope));
    expect([...scopes].filter((scope) => scope !== 'reading' && !scopesWithHelp.has(scope))).toEqual([]);
    expect(new Set(KEY_HELP.map((line) => line.keys)).size).toBe(KEY_HELP.length);
  });
});
