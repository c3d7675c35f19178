// The hall's relay (npm run hall): a WebSocket endpoint on the deck's own HTTP server. The
// lecturer's connections (holding this run's secret) send the view, the demo state, ink, the
// stopwatch and the phone's Weiter/Zurück; everyone else only receives. Every message is checked
// (src/features/hall/protocol.ts) and dropped when it does not fit; nothing is stored on disk.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { createRateLimit, HALL_LIMITS, HALL_PATH, parseLecturerFrame, REFUSED_CODE, type LecturerMessage, type RelayInk, type RelayMessage } from '../src/features/hall/protocol';
import { requestUrl } from './requestUrl';

export type RelayOptions = {
  secret: string;
  /** The address the students' phones open (shown in the presenter view's code). */
  followUrl: string;
  maxConnections?: number;
  /** Lecturer messages per second (burst twice that); a follower may send nothing. */
  lecturerRate?: number;
  log?: (line: string) => void;
  /** Seconds between pings; a connection that missed one is closed (a sleeping phone reconnects). */
  heartbeatSeconds?: number;
};

export type RelayStats = { connections: number; lecturers: number; dropped: number; refused: number };

export type Relay = { stats(): RelayStats; close(): void };

/** A fresh secret per run: 128 random bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(16).toString('base64url');
}

function sameSecret(given: string | null, secret: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** How many ink events the relay keeps for a phone that joins late (the oldest go first). */
const INK_BACKLOG = 4000;

type Client = { socket: WebSocket; lecturer: boolean; alive: boolean; take: () => boolean; floods: number };

export function attachRelay(server: Server, options: RelayOptions): Relay {
  const { secret, followUrl, maxConnections = 1000, lecturerRate = 60, log = () => undefined, heartbeatSeconds = 20 } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: HALL_LIMITS.messageBytes * 4 });
  const clients = new Set<Client>();
  let view: RelayMessage | null = null;
  let clock: RelayMessage | null = null;
  const state = new Map<string, RelayMessage>();
  const ink: RelayInk[] = [];
  let inkSeq = 0;
  // Names this run of the relay: ink numbers start again after a restart.
  const run = randomBytes(6).toString('base64url');
  let dropped = 0;
  let refused = 0;

  const send = (client: Client, message: RelayMessage | string) => {
    if (client.socket.readyState === client.socket.OPEN) client.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  };

  /** Keeps what a late phone needs; returns what goes out (ink with its number). */
  const remember = (message: LecturerMessage): RelayMessage => {
    if (message.type === 'view') view = message;
    else if (message.type === 'clock') clock = message;
    else if (message.type === 'state') {
      if (state.has(message.key) || state.size < HALL_LIMITS.stateKeys) state.set(message.key, message);
    } else if (message.type === 'ink-reset') {
      // The presenter sends its ink whole after this: the backlog starts again with the reset
      // (a phone that missed it while away still gets it when it comes back).
      inkSeq += 1;
      const numbered: RelayInk = { type: 'ink-reset', seq: inkSeq };
      ink.splice(0, ink.length, numbered);
      return numbered;
    } else if (message.type === 'ink') {
      inkSeq += 1;
      const numbered: RelayInk = { ...message, seq: inkSeq };
      ink.push(numbered);
      if (ink.length > INK_BACKLOG) ink.splice(0, ink.length - INK_BACKLOG);
      return numbered;
    }
    return message;
  };

  const onMessage = (client: Client, data: RawData, isBinary: boolean) => {
    if (!client.take()) {
      dropped += 1;
      client.floods += 1;
      // A sender that keeps flooding is cut off (it may come back, rate-limited again).
      if (client.floods > 200) client.socket.close(1008, 'zu viele Nachrichten');
      return;
    }
    if (!client.lecturer || isBinary) {
      dropped += 1;
      return;
    }
    const checked = parseLecturerFrame(data.toString());
    if (!checked.ok) {
      dropped += 1;
      log(`Nachricht verworfen: ${checked.reason}`);
      return;
    }
    const message = remember(checked.message);
    const text = JSON.stringify(message);
    for (const other of clients) {
      if (other === client) continue;
      // Weiter/Zurück only reach the lecturer's windows, which move the deck and send the view; the
      // stopwatch only the lecturer's phone (the students do not see the lecturer's pace).
      if ((message.type === 'command' || message.type === 'clock') && !other.lecturer) continue;
      send(other, text);
    }
  };

  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    const query = requestUrl(request)?.searchParams ?? new URLSearchParams();
    const wantsToDrive = query.get('role') === 'lecturer';
    if (wantsToDrive && !sameSecret(query.get('key'), secret)) {
      refused += 1;
      // Logged without the secret: only what was wrong and from where.
      log(`Abgewiesen: ${query.get('key') ? 'falscher' : 'kein'} Schlüssel (von ${request.socket.remoteAddress ?? 'unbekannt'})`);
      socket.send(JSON.stringify({ type: 'refused', reason: 'Falscher oder fehlender Schlüssel: nur die Vortragende steuert.' } satisfies RelayMessage));
      socket.close(REFUSED_CODE, 'refused');
      return;
    }
    const rate = wantsToDrive ? createRateLimit(lecturerRate, lecturerRate * 2) : createRateLimit(2, 10);
    const client: Client = { socket, lecturer: wantsToDrive, alive: true, take: rate.take, floods: 0 };
    clients.add(client);
    socket.on('pong', () => {
      client.alive = true;
    });
    socket.on('message', (data, isBinary) => onMessage(client, data, isBinary));
    socket.on('close', () => clients.delete(client));
    socket.on('error', () => clients.delete(client));
    send(client, { type: 'welcome', role: wantsToDrive ? 'lecturer' : 'follower', followUrl, run });
    // The presenter is the source of the view (`source=1`): it gets no catch-up, it sends its own.
    if (query.get('source') === '1') return;
    if (view) send(client, view);
    if (clock && wantsToDrive) send(client, clock);
    for (const message of state.values()) send(client, message);
    for (const message of ink) send(client, message);
  });

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (requestUrl(request)?.pathname !== HALL_PATH) {
      socket.destroy();
      return;
    }
    if (clients.size >= maxConnections) {
      log(`Abgewiesen: schon ${clients.size} Verbindungen (Höchstzahl)`);
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };
  server.on('upgrade', onUpgrade);

  const heartbeat = setInterval(() => {
    for (const client of clients) {
      if (!client.alive) {
        client.socket.terminate();
        clients.delete(client);
        continue;
      }
      client.alive = false;
      client.socket.ping();
    }
  }, heartbeatSeconds * 1000);
  heartbeat.unref();

  return {
    stats: () => ({ connections: clients.size, lecturers: [...clients].filter((c) => c.lecturer).length, dropped, refused }),
    close: () => {
      clearInterval(heartbeat);
      server.off('upgrade', onUpgrade);
      for (const client of clients) client.socket.terminate();
      clients.clear();
      wss.close();
    },
  };
}
