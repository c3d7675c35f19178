// The hall's relay under load and faults, on loopback (npm run bench -- --only hall): 500 simulated
// phones follow a lecturer through a series of view changes while others misbehave (a wrong secret,
// malformed, oversized and flooding messages, phones that vanish). Every phone still connected must
// receive every view change; the latency from the lecturer's send to each phone's receipt is timed.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { HALL_LIMITS } from '../../src/features/hall/protocol';
import { attachRelay } from '../hallRelay';
import type { Figure } from './report';
import { median, percentile } from './stats';

export type HallLoadResult = {
  followers: number;
  changes: number;
  /** Phones cut off on purpose in the middle of the run (they owe nothing after that). */
  vanished: number;
  /** View changes received by the phones that stayed, out of `expected`. */
  received: number;
  expected: number;
  latenciesMs: number[];
  /** After everything: a new phone still connects and gets the lecturer's last view. */
  intact: boolean;
  refused: number;
  dropped: number;
};

const SECRET = 'bench-secret-0123456789';
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens a connection; `onMessage` listens from the start (the relay's catch-up comes at once). */
function connect(url: string, onMessage?: (data: WebSocket.RawData) => void): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    if (onMessage) socket.on('message', onMessage);
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

export async function hallLoad({ followers = 500, changes = 40, spacingMs = 40, timeoutMs = 20_000 } = {}): Promise<HallLoadResult> {
  const server = createServer();
  const relay = attachRelay(server, { secret: SECRET, followUrl: 'http://127.0.0.1/?hall=follow', maxConnections: followers + 50 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/hall`;
  const sentAt = new Map<number, number>();
  const latenciesMs: number[] = [];
  const seen: Set<number>[] = [];
  const phones: WebSocket[] = [];
  try {
    for (let i = 0; i < followers; i += 1) {
      const socket = await connect(base);
      const mine = new Set<number>();
      seen.push(mine);
      socket.on('message', (data) => {
        const message = JSON.parse(data.toString()) as { type: string; view?: { slideIndex: number } };
        if (message.type !== 'view' || !message.view) return;
        const started = sentAt.get(message.view.slideIndex);
        if (started !== undefined && !mine.has(message.view.slideIndex)) {
          mine.add(message.view.slideIndex);
          latenciesMs.push(performance.now() - started);
        }
      });
      phones.push(socket);
    }
    const lecturer = await connect(`${base}?role=lecturer&key=${SECRET}&source=1`);
    const vanishAt = Math.floor(changes / 2);
    const vanishing = phones.slice(0, Math.floor(followers / 10));
    for (let change = 1; change <= changes; change += 1) {
      sentAt.set(change, performance.now());
      lecturer.send(JSON.stringify({ type: 'view', view: { slideIndex: change, stepIndex: 0 } }));
      if (change === vanishAt) for (const socket of vanishing) socket.terminate();
      // The faults, spread over the run.
      if (change % 5 === 0) {
        const intruder = new WebSocket(`${base}?role=lecturer&key=falsch-${change}`);
        intruder.on('error', () => undefined);
        const noisy = phones[phones.length - 1 - change];
        noisy.send('{kein json');
        noisy.send('x'.repeat(HALL_LIMITS.messageBytes + 1));
        noisy.send(JSON.stringify({ type: 'view', view: { slideIndex: 0, stepIndex: 0 } }));
        for (let i = 0; i < 50; i += 1) noisy.send('{"type":"command","command":"next"}');
        lecturer.send('{"type":"view","view":{"slideIndex":-1,"stepIndex":0}}');
      }
      await wait(spacingMs);
    }
    const stayed = seen.filter((_, index) => index >= vanishing.length);
    // The phones that flooded may be cut off by the relay (policy): they count as vanished too.
    const cutOff = phones.filter((socket, index) => index >= vanishing.length && socket.readyState !== WebSocket.OPEN).length;
    const expected = (stayed.length - cutOff) * changes;
    const end = performance.now() + timeoutMs;
    const receivedNow = () =>
      stayed.filter((_, index) => phones[index + vanishing.length].readyState === WebSocket.OPEN).reduce((sum, mine) => sum + mine.size, 0);
    while (receivedNow() < expected && performance.now() < end) await wait(20);
    let late: WebSocket | undefined;
    const lastView = await new Promise<number | null>((resolve) => {
      setTimeout(() => resolve(null), 2000);
      void connect(base, (data) => {
        const message = JSON.parse(data.toString()) as { type: string; view?: { slideIndex: number } };
        if (message.type === 'view') resolve(message.view?.slideIndex ?? null);
      }).then((socket) => {
        late = socket;
      });
    });
    late?.terminate();
    lecturer.terminate();
    const stats = relay.stats();
    return {
      followers,
      changes,
      vanished: vanishing.length + cutOff,
      received: receivedNow(),
      expected,
      latenciesMs,
      intact: lastView === changes,
      refused: stats.refused,
      dropped: stats.dropped,
    };
  } finally {
    for (const socket of phones) socket.terminate();
    relay.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

export async function hallFigures(): Promise<Figure[]> {
  const result = await hallLoad();
  const note = `${result.followers} Handys, ${result.changes} Ansichtswechsel, ${result.vanished} verschwunden, ${result.refused} falsche Schlüssel, ${result.dropped} Nachrichten verworfen`;
  return [
    { name: 'Hörsaal: Latenz p95 bis zum Handy', value: percentile(result.latenciesMs, 95), unit: 'ms', goal: { limit: 200, better: 'lower' }, note },
    { name: 'Hörsaal: Latenz Median', value: median(result.latenciesMs), unit: 'ms' },
    { name: 'Hörsaal: Ansichtswechsel nicht angekommen', value: result.expected - result.received, unit: '', goal: { limit: 0, better: 'lower' } },
    { name: 'Hörsaal: Relais nach Störungen erreichbar, Ansicht intakt', value: result.intact ? 1 : 0, unit: '', goal: { limit: 1, better: 'higher' } },
  ];
}
