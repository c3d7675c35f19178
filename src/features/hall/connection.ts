/**
 * The page's connection to the hall's relay: opens it, checks every message (protocol.ts), and
 * reconnects after a loss (a phone that slept, a relay restart) with a growing pause (0,5 s up to
 * 8 s), at once when the page comes back to the screen or the network returns. A refused secret is
 * final: no retries.
 */
import { parseRelayFrame, REFUSED_CODE, type LecturerMessage, type RelayMessage } from './protocol';

export type HallStatus = 'connecting' | 'open' | 'lost' | 'refused';

export type HallConnection = {
  send(message: LecturerMessage): void;
  close(): void;
};

type Options = {
  url: string;
  onMessage: (message: RelayMessage) => void;
  onStatus: (status: HallStatus) => void;
  /** Called on every (re)connection, before any message: the presenter resends its view here. */
  onOpen?: (send: (message: LecturerMessage) => void) => void;
};

const FIRST_PAUSE_MS = 500;
const LONGEST_PAUSE_MS = 8000;

export function connectHall({ url, onMessage, onStatus, onOpen }: Options): HallConnection {
  let socket: WebSocket | null = null;
  let pause = FIRST_PAUSE_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const send = (message: LecturerMessage) => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  };

  const open = () => {
    clearTimeout(timer);
    if (stopped || (socket && socket.readyState <= WebSocket.OPEN)) return;
    onStatus('connecting');
    const current = new WebSocket(url);
    socket = current;
    current.onopen = () => {
      pause = FIRST_PAUSE_MS;
      onStatus('open');
      onOpen?.(send);
    };
    current.onmessage = (event) => {
      const checked = parseRelayFrame(event.data);
      if (checked.ok) onMessage(checked.message);
    };
    current.onclose = (event) => {
      if (socket !== current) return;
      socket = null;
      if (stopped) return;
      if (event.code === REFUSED_CODE) {
        stopped = true;
        onStatus('refused');
        return;
      }
      onStatus('lost');
      timer = setTimeout(open, pause);
      pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
    };
  };

  const retryNow = () => {
    if (document.visibilityState === 'visible' && !socket) open();
  };
  document.addEventListener('visibilitychange', retryNow);
  window.addEventListener('online', retryNow);
  open();

  return {
    send,
    close: () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', retryNow);
      window.removeEventListener('online', retryNow);
      socket?.close();
      socket = null;
    },
  };
}
