/**
 * The one window keydown listener of the app. Each part that answers keys registers a layer that
 * runs the commands of its rows in the keymap (src/shell/keymap.ts); a key goes through the layers
 * in the keymap's order until one runs a command for it (then the browser's default is prevented
 * and no later layer hears it). Which keys count at all (the field rule, modifiers, held keys) is
 * decided by the table's rows, in one place.
 *
 * Outside this router: Spectacle's own keys in its overview and print modes, the player bar's keys while it
 * has the focus (its own element, through the same table), and the prerendered title's inline
 * script before the app runs.
 */
import { keyInputOf, type KeyInput } from './keys';
import { bindingFor, KEY_LAYERS, type KeyBinding, type KeyCondition, type KeyLayerName } from './keymap';

export type { KeyLayerName } from './keymap';

/** A layer: runs a command of its rows (true when it took the key), and answers its rows' conditions. */
export type KeyLayer = {
  run: (binding: KeyBinding, input: KeyInput) => boolean;
  holds?: (condition: KeyCondition) => boolean;
};

const layers = new Map<KeyLayerName, KeyLayer>();

/** The router's decision for one key, without the DOM: the layer that takes it, or null. */
export function routeKey(input: KeyInput, registered: ReadonlyMap<KeyLayerName, KeyLayer>): KeyLayerName | null {
  for (const name of KEY_LAYERS) {
    const layer = registered.get(name);
    if (!layer) continue;
    const binding = bindingFor(name, input, (condition) => layer.holds?.(condition) ?? false);
    if (binding && layer.run(binding, input)) return name;
  }
  return null;
}

function onKeyDown(event: KeyboardEvent) {
  if (routeKey(keyInputOf(event), layers) !== null) event.preventDefault();
}

/** Registers (or replaces) a layer; returns its removal. The window listener lives while any layer does. */
export function registerKeyLayer(name: KeyLayerName, layer: KeyLayer): () => void {
  if (layers.size === 0) window.addEventListener('keydown', onKeyDown);
  layers.set(name, layer);
  return () => {
    if (layers.get(name) !== layer) return;
    layers.delete(name);
    if (layers.size === 0) window.removeEventListener('keydown', onKeyDown);
  };
}
