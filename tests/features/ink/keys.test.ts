import { describe, expect, it } from 'vitest';
import { inkCommandOf } from '../../../src/features/ink/keys';
import type { KeyInput } from '../../../src/shell/keys';
import { bindingFor, KEY_HELP } from '../../../src/shell/keymap';

/** The ink's command for a key, through the keymap as its layer reads it. */
function inkCommandForKey(input: KeyInput, drawing: boolean) {
  const binding = bindingFor('ink', input, (condition) => condition === 'drawing' && drawing);
  return binding ? inkCommandOf(binding.command) : null;
}

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

describe('ink keys', () => {
  it('D toggles drawing mode; 1/2/3, H, X and C act only while it is on', () => {
    expect(inkCommandForKey(key('d'), false)).toEqual({ type: 'toggle' });
    expect(inkCommandForKey(key('D', { shiftKey: true }), true)).toEqual({ type: 'toggle' });
    for (const k of ['1', '2', '3', 'h', 'x', 'c', 'Escape']) expect(inkCommandForKey(key(k), false), k).toBeNull();
    expect(inkCommandForKey(key('1'), true)).toEqual({ type: 'color', color: 'target' });
    expect(inkCommandForKey(key('2'), true)).toEqual({ type: 'color', color: 'loss' });
    expect(inkCommandForKey(key('3'), true)).toEqual({ type: 'color', color: 'accent' });
    expect(inkCommandForKey(key('H'), true)).toEqual({ type: 'tool', tool: 'highlighter' });
    expect(inkCommandForKey(key('x'), true)).toEqual({ type: 'tool', tool: 'eraser' });
    expect(inkCommandForKey(key('c'), true)).toEqual({ type: 'clear' });
    expect(inkCommandForKey(key('Escape'), true)).toEqual({ type: 'leave' });
  });

  it('the deck keeps its keys in drawing mode: arrows, Space, PageUp/PageDown, 4 … 9 are not the ink’s', () => {
    for (const k of ['ArrowRight', 'ArrowLeft', ' ', 'PageDown', 'PageUp', 'Home', 'End', '4', 'g', 'b', 'f']) {
      expect(inkCommandForKey(key(k), true), k).toBeNull();
    }
  });

  it('never takes a key typed into a field, or a key with Ctrl, Alt or Meta', () => {
    for (const target of [{ targetTag: 'INPUT' }, { targetTag: 'TEXTAREA' }, { targetTag: 'SELECT' }, { targetTag: 'DIV', targetEditable: true }]) {
      for (const k of ['d', '1', 'c', 'x', 'Escape']) expect(inkCommandForKey(key(k, target), true), `${k} in ${target.targetTag}`).toBeNull();
    }
    expect(inkCommandForKey(key('d', { ctrlKey: true }), false)).toBeNull();
    expect(inkCommandForKey(key('c', { metaKey: true }), true)).toBeNull();
    expect(inkCommandForKey(key('x', { altKey: true }), true)).toBeNull();
  });

  it('no deck key uses D, H, X or C, and the help lists the ink keys', () => {
    for (const k of ['d', 'h', 'x', 'c']) expect(bindingFor('deck', key(k)), k).toBeNull();
    const help = KEY_HELP.map((row) => `${row.keys} ${row.action}`).join('\n');
    expect(help).toMatch(/^D Zeichnen an\/aus$/m);
    expect(help).toMatch(/^1 · 2 · 3 {2}· {2}H {2}· {2}X {2}· {2}C Beim Zeichnen: Gelb \/ Orange \/ Blau, Textmarker, Radierer, Folie leeren$/m);
  });
});
