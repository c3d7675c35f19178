// npm run hall: the deck for the lecture hall. Builds the deck if dist/ has none, serves it with the
// relay (scripts/hallRelay.ts) and prints the addresses and a QR code for the students' phones.
// Usage: npm run hall -- [--host ADDRESS|INTERFACE] [--port N] [--max N]
// Without --host it listens on 127.0.0.1 only (nobody else can reach it).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import { attachRelay, newSecret, type Relay } from './hallRelay';
import { startServer, type RunningServer } from './serve';

export type HallLinks = { follow: string; presenter: string; audience: string; remote: string };

/** The hall's addresses on `base` (an origin with a trailing slash). Only presenter and remote carry the secret. */
export function hallLinks(base: string, secret: string): HallLinks {
  const key = encodeURIComponent(secret);
  return {
    follow: `${base}?hall=follow`,
    audience: base,
    presenter: `${base}?presenterMode=true&hall=lecturer&key=${key}`,
    remote: `${base}?hall=remote&key=${key}`,
  };
}

/** An address given as `--host`: an interface's name (wlan0) becomes its IPv4 address. */
export function resolveHost(given: string): { bind: string; shown: string } {
  const byName = networkInterfaces()[given]?.find((entry) => entry.family === 'IPv4');
  if (byName) return { bind: byName.address, shown: byName.address };
  if (given === '0.0.0.0') {
    const first = Object.values(networkInterfaces())
      .flat()
      .find((entry) => entry && entry.family === 'IPv4' && !entry.internal);
    return { bind: given, shown: first?.address ?? '127.0.0.1' };
  }
  return { bind: given, shown: given };
}

export type RunningHall = { server: RunningServer; relay: Relay; links: HallLinks; secret: string; close(): Promise<void> };

export async function startHall({ dir = 'dist', port = 4173, host = '127.0.0.1', maxConnections = 1000, log = (line: string) => console.log(line) } = {}): Promise<RunningHall> {
  const { bind, shown } = resolveHost(host);
  const server = await startServer({ dir, port, host: bind });
  const secret = newSecret();
  const base = `http://${shown.includes(':') ? `[${shown}]` : shown}:${server.port}/`;
  const links = hallLinks(base, secret);
  const hall: RunningHall = {
    server,
    relay: attachRelay(server.server, { secret, followUrl: links.follow, maxConnections, log }),
    links,
    secret,
    close: async () => {
      hall.relay.close();
      await server.close();
    },
  };
  return hall;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const host = argument('--host') ?? '127.0.0.1';
  const port = Number(argument('--port') ?? process.env.PORT ?? '4173');
  const maxConnections = Number(argument('--max') ?? '1000');
  if (!Number.isInteger(port) || port < 0 || port > 65535 || !Number.isInteger(maxConnections) || maxConnections < 1) {
    console.error('--port braucht eine Zahl von 0 bis 65535, --max eine ganze Zahl ab 1.');
    process.exit(1);
  }
  if (!existsSync('dist/index.html')) {
    console.log('Kein gebautes Deck in dist/: baue es (vite build) …');
    execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  }
  startHall({ port, host, maxConnections })
    .then(async ({ links }) => {
      const local = host === '127.0.0.1' || host === 'localhost';
      console.log(
        local
          ? 'Hörsaal-Modus nur auf diesem Rechner (127.0.0.1): Handys erreichen ihn nicht. Für den Hörsaal: npm run hall -- --host <Adresse oder Schnittstelle, z. B. wlan0>'
          : `ACHTUNG: Der Hörsaal-Modus ist im Netz erreichbar (${host}): jedes Gerät in diesem Netz kann mitlesen. Steuern kann nur, wer den Schlüssel hat.`,
      );
      console.log(`\nMitlesen (Studierende): ${links.follow}`);
      console.log(await QRCode.toString(links.follow, { type: 'terminal', small: true }));
      console.log(`Präsentator (mit Schlüssel, nur auf diesem Rechner öffnen): ${links.presenter}`);
      console.log(`Beamer: ${links.audience}`);
      console.log('Handy als Fernbedienung: QR-Code im Präsentator („Handy als Fernbedienung“). Beenden mit Strg+C');
    })
    .catch((error: Error) => {
      console.error(error.message);
      process.exit(1);
    });
}
