// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve';

let server: RunningServer;

/** A raw GET with the path exactly as given (fetch would normalise `//x`). */
function get(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  server = await startServer({ dir, port: 0 });
});

afterAll(() => server.close());

describe('the static server', () => {
  it('answers a path that is no address (//x) with 400 and keeps serving', async () => {
    expect(await get('//?view=slides')).toBe(400);
    expect(await get('/%E0%A4%A')).toBe(400);
    expect(await get('/../../etc/passwd')).not.toBe(200);
    expect(await get('/')).toBe(200);
  });
});
