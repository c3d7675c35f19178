/**
 * The one window keydown listener of the app. Each part that answers keys registers a layer; a key
 * goes through the layers in the declared order below until one takes it (then the browser's
 * default is prevented and no later layer hears it). The rule that keys typed into a text field or
 * a slider are theirs lives here: only Escape reaches the layers from a field.
 *
 * Outside this router: Spectacle's own keys (→ ←, Ctrl+Shift+R/E), the player bar's keys while it
 * has the focus (its own element), and the prerendered title's inline script before the app runs.
 */
import { isFieldInput, keyInputOf, type KeyInput } from './keys';

/**
 * The layers, first asked first: the ink (while drawing, 1/2/3 pick a colour, not „Gehe zu
 * Folie“), the reading view's overlays, the deck, the presenter view's own keys.
 */
export const KEY_LAYERS = ['ink', 'reading', 'deck', 'presenter'] as const;
export type KeyLayerName = (typeof KEY_LAYERS)[number];

/** Answers a key: true when it took it. */
export type KeyLayer = (input: KeyInput) => boolean;

const layers = new Map<KeyLayerName, KeyLayer>();

/** The router's decision for one key, without the DOM: the layer that takes it, or null. */
export function routeKey(input: KeyInput, registered: ReadonlyMap<KeyLayerName, KeyLayer>): KeyLayerName | null {
  if (isFieldInput(input) && input.key !== 'Escape') return null;
  for (const name of KEY_LAYERS) {
    const layer = registered.get(name);
    if (layer?.(input)) return name;
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
