// Serves a built deck (dist/ by default) on 127.0.0.1 only. Used by `npm start`, the browser
// tests, the PDF export and the benchmark. Usage: tsx scripts/serve.ts [--port N] [--dir DIR]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requestUrl } from './requestUrl';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Starts a static file server for `dir` on 127.0.0.1. Port 0 picks a free port. With `gzip`,
 * text responses are compressed as a production host would (used by the benchmark).
 * Resolves to { url, port, close() }; rejects with a clear message when the port is busy.
 */
export type RunningServer = { url: string; port: number; server: Server; close(): Promise<void> };

/** `host` is 127.0.0.1 unless a caller (npm run hall --host) names another address on purpose. */
export function startServer({ dir = 'dist', port = 4173, gzip = false, host = '127.0.0.1' }: { dir?: string; port?: number; gzip?: boolean; host?: string } = {}): Promise<RunningServer> {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) {
    return Promise.reject(new Error(`No built deck in ${root}: run "npm run build" first.`));
  }
  const server = createServer((request, response) => {
    const url = requestUrl(request);
    let path: string;
    try {
      if (!url) throw new URIError('not an address');
      path = normalize(join(root, decodeURIComponent(url.pathname)));
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    if (path !== root && !path.startsWith(root + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const compressible = /text|javascript|json|svg/.test(type);
    if (gzip && compressible && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      const body = gzipSync(readFileSync(path));
      response.writeHead(200, {
        'content-type': type,
        'content-encoding': 'gzip',
        'content-length': body.length,
        'cache-control': 'no-cache',
      });
      response.end(body);
      return;
    }
    response.writeHead(200, { 'content-type': type, 'content-length': statSync(path).size, 'cache-control': 'no-cache' });
    createReadStream(path).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new Error(`Port ${port} on ${host} is busy: choose another with --port.`));
      else if (error.code === 'EADDRNOTAVAIL') reject(new Error(`${host} is no address of this machine: choose another with --host.`));
      else reject(error);
    });
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/`,
        port: actualPort,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(argument('--port', process.env.PORT ?? '4173'));
  const dir = argument('--dir', 'dist');
  startServer({ dir, port })
    .then(({ url }) => {
      console.log(`Deck läuft auf ${url}  (Presenter: ${url}?presenterMode=true)  Beenden mit Strg+C`);
    })
    .catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
}
