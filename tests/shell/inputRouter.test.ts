import { describe, expect, it } from 'vitest';
import { inkCommandOf } from '../../src/features/ink/keys';
import { routeKey, type KeyLayer, type KeyLayerName } from '../../src/shell/inputRouter';
import type { KeyInput } from '../../src/shell/keys';

function key(k: string, target = 'BODY', extra: Partial<KeyInput> = {}): KeyInput {
  return { key: k, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, targetTag: target, targetEditable: false, ...extra };
}

/** Layers that run the keymap's rows as the app's do (Escape goes on), recording who was asked to run one. */
function layers(drawing: boolean, asked: KeyLayerName[]): Map<KeyLayerName, KeyLayer> {
  return new Map<KeyLayerName, KeyLayer>([
    ['deck', { run: (binding) => (asked.push('deck'), binding.command !== 'escape') }],
    ['ink', { holds: (condition) => condition === 'drawing' && drawing, run: (binding) => (asked.push('ink'), inkCommandOf(binding.command)?.type !== 'leave') }],
    ['presenter', { run: (binding) => (asked.push('presenter'), binding.command === 'record') }],
  ]);
}

describe('the input router', () => {
  it('asks the ink before the deck: in drawing mode 1 picks a colour, not „Gehe zu Folie“', () => {
    const asked: KeyLayerName[] = [];
    expect(routeKey(key('1'), layers(true, asked))).toBe('ink');
    expect(asked).toEqual(['ink']);
    expect(routeKey(key('1'), layers(false, []))).toBe('deck');
  });

  it('lets Escape go through a layer that does not take it (the ink leaves drawing mode, the deck closes overlays)', () => {
    const asked: KeyLayerName[] = [];
    expect(routeKey(key('Escape'), layers(true, asked))).toBeNull();
    expect(asked).toEqual(['ink', 'deck']);
  });

  it('never gives a key typed into a field or slider to any layer, except Escape to the deck', () => {
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT']) {
      const asked: KeyLayerName[] = [];
      for (const k of ['r', 'b', '1', ' ', 'PageDown', 'd']) expect(routeKey(key(k, tag), layers(true, asked)), `${k} in ${tag}`).toBeNull();
      expect(asked).toEqual([]);
      routeKey(key('Escape', tag), layers(true, asked));
      expect(asked).toEqual(['deck']);
    }
    const asked: KeyLayerName[] = [];
    expect(routeKey(key('b', 'DIV', { targetEditable: true }), layers(false, asked))).toBeNull();
    expect(asked).toEqual([]);
  });

  it('gives a key no layer takes to nobody, and a key a later layer takes to that one', () => {
    expect(routeKey(key('q'), layers(false, []))).toBeNull();
    expect(routeKey(key('r'), layers(false, []))).toBe('presenter');
    expect(routeKey(key('PageDown'), new Map())).toBeNull();
  });
});
