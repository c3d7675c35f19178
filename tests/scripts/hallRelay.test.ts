// @vitest-environment node
import { createServer, type Server } from 'node:http';
import { createConnection, type AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { attachRelay, type Relay } from '../../scripts/hallRelay';
import { HALL_LIMITS, REFUSED_CODE } from '../../src/features/hall/protocol';

const SECRET = 'geheim-0123456789abcdef';
let server: Server;
let relay: Relay;
let base: string;
let logged: string[];
const open: WebSocket[] = [];

/** A client that collects what the relay sends, as parsed JSON. */
function connect(query = '') {
  const socket = new WebSocket(`${base}/hall${query}`);
  open.push(socket);
  const received: { type: string; [key: string]: unknown }[] = [];
  socket.on('message', (data) => received.push(JSON.parse(data.toString())));
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    socket.on('open', () => resolve());
    socket.on('error', reject);
  });
  return { socket, received, closed, ready };
}

/** Waits until `check` holds (the relay answers asynchronously), at most two seconds. */
async function until(check: () => boolean) {
  const end = Date.now() + 2000;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in 2 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const lecturerQuery = `?role=lecturer&key=${SECRET}`;

beforeEach(async () => {
  logged = [];
  server = createServer();
  relay = attachRelay(server, { secret: SECRET, followUrl: 'http://127.0.0.1:1/?hall=follow', maxConnections: 6, log: (line) => logged.push(line) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  for (const socket of open.splice(0)) socket.terminate();
  relay.close();
  await new Promise((resolve) => server.close(resolve));
});

describe('the hall relay', () => {
  it('drops an upgrade to an address that is none (//x) and stays up', async () => {
    const { port } = server.address() as AddressInfo;
    const closed = await new Promise<boolean>((resolve) => {
      const socket = createConnection(port, '127.0.0.1', () =>
        socket.write('GET //x HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n'),
      );
      socket.on('close', () => resolve(true));
      socket.on('error', () => resolve(true));
    });
    expect(closed).toBe(true);
    const after = connect();
    await after.ready;
    await until(() => after.received.some((m) => m.type === 'welcome'));
  });

  it('passes the lecturer’s view to every follower, and a late follower catches up', async () => {
    const lecturer = connect(lecturerQuery);
    const a = connect();
    await Promise.all([lecturer.ready, a.ready]);
    lecturer.socket.send(JSON.stringify({ type: 'view', view: { slideIndex: 4, stepIndex: 2 } }));
    lecturer.socket.send(JSON.stringify({ type: 'state', key: 'tinyGpt.prompt', value: 'Paris' }));
    await until(() => a.received.length >= 3);
    expect(a.received[0]).toEqual({ type: 'welcome', role: 'follower', followUrl: 'http://127.0.0.1:1/?hall=follow', run: expect.stringMatching(/^[\w-]+$/) });
    expect(a.received.slice(1)).toEqual([
      { type: 'view', view: { slideIndex: 4, stepIndex: 2 } },
      { type: 'state', key: 'tinyGpt.prompt', value: 'Paris' },
    ]);
    const late = connect();
    await until(() => late.received.length >= 3);
    expect(late.received.slice(1)).toEqual(a.received.slice(1));
  });

  it('numbers the ink in the run, and a late follower gets it with the same numbers', async () => {
    const lecturer = connect(lecturerQuery);
    const a = connect();
    await Promise.all([lecturer.ready, a.ready]);
    for (const slide of ['title', 'agenda']) lecturer.socket.send(JSON.stringify({ type: 'ink', event: { type: 'clear', slide } }));
    await until(() => a.received.length >= 3);
    const expected = [
      { type: 'ink', event: { type: 'clear', slide: 'title' }, seq: 1 },
      { type: 'ink', event: { type: 'clear', slide: 'agenda' }, seq: 2 },
    ];
    expect(a.received.slice(1)).toEqual(expected);
    const late = connect();
    await until(() => late.received.length >= 3);
    expect(late.received.slice(1)).toEqual(expected);
    expect(late.received[0].run).toBe(a.received[0].run);
  });

  it('starts its ink anew on a reset: a late follower gets the reset and what came after, numbered on', async () => {
    const lecturer = connect(lecturerQuery);
    const a = connect();
    await Promise.all([lecturer.ready, a.ready]);
    lecturer.socket.send(JSON.stringify({ type: 'ink', event: { type: 'clear', slide: 'title' } }));
    lecturer.socket.send(JSON.stringify({ type: 'ink-reset' }));
    lecturer.socket.send(JSON.stringify({ type: 'ink', event: { type: 'clear', slide: 'agenda' } }));
    await until(() => a.received.length >= 4);
    expect(a.received.slice(1).map((m) => [m.type, m.seq])).toEqual([
      ['ink', 1],
      ['ink-reset', 2],
      ['ink', 3],
    ]);
    const late = connect();
    await until(() => late.received.length >= 3);
    expect(late.received.slice(1)).toEqual(a.received.slice(2));
  });

  it('passes nothing a follower sends, and the view stays the lecturer’s', async () => {
    const lecturer = connect(lecturerQuery);
    const follower = connect();
    const other = connect();
    await Promise.all([lecturer.ready, follower.ready, other.ready]);
    lecturer.socket.send(JSON.stringify({ type: 'view', view: { slideIndex: 2, stepIndex: 0 } }));
    follower.socket.send(JSON.stringify({ type: 'view', view: { slideIndex: 9, stepIndex: 0 } }));
    follower.socket.send(JSON.stringify({ type: 'command', command: 'next' }));
    await until(() => relay.stats().dropped === 2);
    const late = connect();
    await until(() => late.received.length >= 2);
    expect(late.received[1]).toEqual({ type: 'view', view: { slideIndex: 2, stepIndex: 0 } });
    expect(other.received.filter((m) => m.type === 'view')).toEqual([{ type: 'view', view: { slideIndex: 2, stepIndex: 0 } }]);
    expect(lecturer.received.filter((m) => m.type === 'command')).toEqual([]);
  });

  it('refuses a wrong or missing secret with a clear message and logs it without the secret', async () => {
    const wrong = connect('?role=lecturer&key=falsch-falsch');
    const missing = connect('?role=lecturer');
    expect(await wrong.closed).toBe(REFUSED_CODE);
    expect(await missing.closed).toBe(REFUSED_CODE);
    expect(wrong.received).toEqual([{ type: 'refused', reason: 'Falscher oder fehlender Schlüssel: nur die Vortragende steuert.' }]);
    expect(logged.some((line) => line.startsWith('Abgewiesen: falscher Schlüssel'))).toBe(true);
    expect(logged.some((line) => line.startsWith('Abgewiesen: kein Schlüssel'))).toBe(true);
    expect(logged.join('\n')).not.toContain('falsch-falsch');
    expect(relay.stats().refused).toBe(2);
  });

  it('sends the phone’s Weiter only to the lecturer’s windows', async () => {
    const presenter = connect(`${lecturerQuery}&source=1`);
    const remote = connect(lecturerQuery);
    const follower = connect();
    await Promise.all([presenter.ready, remote.ready, follower.ready]);
    remote.socket.send(JSON.stringify({ type: 'command', command: 'next' }));
    await until(() => presenter.received.some((m) => m.type === 'command'));
    expect(presenter.received.filter((m) => m.type === 'command')).toEqual([{ type: 'command', command: 'next' }]);
    presenter.socket.send(JSON.stringify({ type: 'view', view: { slideIndex: 1, stepIndex: 0 } }));
    await until(() => follower.received.some((m) => m.type === 'view'));
    expect(follower.received.some((m) => m.type === 'command')).toBe(false);
  });

  it('sends the presenter’s stopwatch only to the lecturer’s connections, and the latest to a remote that joins late', async () => {
    const presenter = connect(`${lecturerQuery}&source=1`);
    const remote = connect(lecturerQuery);
    const follower = connect();
    await Promise.all([presenter.ready, remote.ready, follower.ready]);
    const clock = { type: 'clock', clock: { elapsedMs: 120_000, running: true, lengthMinutes: 90 } };
    presenter.socket.send(JSON.stringify({ ...clock, clock: { ...clock.clock, elapsedMs: 1000 } }));
    presenter.socket.send(JSON.stringify(clock));
    presenter.socket.send(JSON.stringify({ type: 'view', view: { slideIndex: 1, stepIndex: 0 } }));
    await until(() => remote.received.filter((m) => m.type === 'clock').length === 2 && follower.received.some((m) => m.type === 'view'));
    expect(remote.received.filter((m) => m.type === 'clock').at(-1)).toEqual(clock);
    expect(follower.received.some((m) => m.type === 'clock')).toBe(false);
    const lateRemote = connect(lecturerQuery);
    const lateFollower = connect();
    await until(() => lateRemote.received.length >= 3 && lateFollower.received.length >= 2);
    expect(lateRemote.received.filter((m) => m.type === 'clock')).toEqual([clock]);
    expect(lateFollower.received.some((m) => m.type === 'clock')).toBe(false);
  });

  it('survives malformed, oversized and flooding messages and keeps the last good view', async () => {
    const lecturer = connect(lecturerQuery);
    const flooder = connect();
    await Promise.all([lecturer.ready, flooder.ready]);
    lecturer.socket.send(JSON.stringify({ type: 'view', view: { slideIndex: 7, stepIndex: 1 } }));
    lecturer.socket.send('{nicht json');
    lecturer.socket.send(Buffer.from([0, 1, 2]));
    lecturer.socket.send(JSON.stringify({ type: 'view', view: { slideIndex: 'x', stepIndex: 1 } }));
    lecturer.socket.send(JSON.stringify({ type: 'state', key: 'a', value: 'x'.repeat(HALL_LIMITS.messageBytes) }));
    for (let i = 0; i < 300; i += 1) flooder.socket.send('{"type":"view","view":{"slideIndex":0,"stepIndex":0}}');
    // A follower that keeps flooding is cut off (policy violation).
    expect(await flooder.closed).toBe(1008);
    // Far too large: ws closes that connection (1009), the relay stays up.
    lecturer.socket.send('x'.repeat(HALL_LIMITS.messageBytes * 4 + 1));
    expect(await lecturer.closed).toBe(1009);
    const late = connect();
    await until(() => late.received.length >= 2);
    expect(late.received[1]).toEqual({ type: 'view', view: { slideIndex: 7, stepIndex: 1 } });
    expect(relay.stats().dropped).toBeGreaterThanOrEqual(4);
  });

  it('limits the connections and takes new ones once others leave', async () => {
    const clients = Array.from({ length: 6 }, () => connect());
    await Promise.all(clients.map((c) => c.ready));
    const extra = connect();
    await expect(extra.ready).rejects.toThrow(/503/);
    clients[0].socket.close();
    await until(() => relay.stats().connections === 5);
    const again = connect();
    await again.ready;
    expect(relay.stats().connections).toBe(6);
  });
});
