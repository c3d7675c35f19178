import type { IncomingMessage } from 'node:http';

/**
 * The request's address, or null when it is not one (a path such as `//x` reads as an address
 * without a host and makes `new URL` throw; a server must answer it, not crash on it).
 */
export function requestUrl(request: IncomingMessage): URL | null {
  try {
    return new URL(request.url ?? '/', 'http://127.0.0.1');
  } catch {
    return null;
  }
}
