/**
 * Ink between the windows of the deck (presenter, audience, any other), on a BroadcastChannel of its
 * own: ink is data keyed by slide and step, it never moves anyone's view, so every window takes ink
 * from every other. Strokes travel as they are drawn (a `begin`, then `extend`s with small batches of
 * points); a window that starts says hello and merges what the others answer with what it read
 * from the browser's storage. Everything received is checked (validate.ts) before it is applied.
 */
import type { InkEvent, Stroke } from './model';
import { INK_WINDOW_ID, type InkStore } from './store';
import { parseInkEvent, parseStrokes } from './validate';

export const INK_CHANNEL = 'vom-token-zur-antwort-ink';

export type InkMessage =
  | { type: 'hello'; from: string }
  | { type: 'event'; from: string; event: InkEvent }
  | { type: 'state'; from: string; to: string; strokes: readonly Stroke[] };

type Channel = Pick<BroadcastChannel, 'postMessage' | 'close'> & { onmessage: ((event: MessageEvent) => void) | null };

/** Starts the sync; `notify` hears of broken messages (which are dropped). */
export function startInkSync(
  store: InkStore,
  notify: (message: string) => void,
  open: () => Channel | null = () => (typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(INK_CHANNEL)),
  windowId = INK_WINDOW_ID,
): () => void {
  const channel = open();
  if (!channel) return () => undefined;
  const post = (message: InkMessage) => channel.postMessage(message);
  channel.onmessage = (message: MessageEvent) => {
    const data: unknown = message.data;
    if (typeof data !== 'object' || data === null) return;
    const { type, from, to } = data as { type?: unknown; from?: unknown; to?: unknown };
    if (typeof from !== 'string' || from === windowId) return;
    if (type === 'hello') {
      post({ type: 'state', from: windowId, to: from, strokes: store.own() });
    } else if (type === 'event') {
      const event = parseInkEvent((data as { event?: unknown }).event);
      if (event.ok) store.dispatch(event.value, 'remote');
      else notify(`Tinte aus einem anderen Fenster verworfen: ${event.message}`);
    } else if (type === 'state' && to === windowId) {
      const parsed = parseStrokes((data as { strokes?: unknown }).strokes);
      if (!parsed.ok) {
        notify(`Tinte aus einem anderen Fenster verworfen: ${parsed.message}`);
        return;
      }
      for (const problem of parsed.problems) notify(`Tinte aus einem anderen Fenster, ${problem} (ausgelassen)`);
      store.merge(parsed.strokes, 'remote');
    }
  };
  const stop = store.onEvent((event, origin) => {
    if (origin === 'local') post({ type: 'event', from: windowId, event });
  });
  post({ type: 'hello', from: windowId });
  return () => {
    stop();
    channel.onmessage = null;
    channel.close();
  };
}
