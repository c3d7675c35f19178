/**
 * How a page knows it is in the hall (npm run hall): the addresses the hall prints and shows as QR
 * codes carry `hall=follow` (a student's phone), `hall=lecturer&key=…` (the presenter view) or
 * `hall=remote&key=…` (the lecturer's phone). Read once when the page loads, kept for this tab
 * (sessionStorage: a reload stays in the hall) and taken out of the address, so the secret is not
 * left in the address bar. A page without them (npm start, GitHub Pages, the single file) never
 * opens a connection.
 */
import { HALL_PATH } from './protocol';

export type HallRole = 'follow' | 'lecturer' | 'remote';
export type HallLink = { readonly role: HallRole; readonly key: string | null };

const STORAGE_KEY = 'vom-token-zur-antwort.hall';
const KEY = /^[A-Za-z0-9_-]{8,64}$/;

/** The hall link in a query string, or null (a lecturer's or remote's link needs a well-formed key). */
export function parseHallLink(search: string): HallLink | null {
  const params = new URLSearchParams(search);
  const role = params.get('hall');
  if (role === 'follow') return { role, key: null };
  if (role !== 'lecturer' && role !== 'remote') return null;
  const key = params.get('key');
  return key !== null && KEY.test(key) ? { role, key } : null;
}

/** The query without the hall's parameters ("" when nothing is left). */
export function withoutHallParams(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('hall');
  params.delete('key');
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

let remembered: HallLink | null | undefined;

/** Reads the link from the address (or this tab's memory of it) and tidies the address. Call once, first. */
export function rememberHallLink(): HallLink | null {
  if (remembered !== undefined) return remembered;
  const fromAddress = parseHallLink(window.location.search);
  if (new URLSearchParams(window.location.search).has('hall')) {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${withoutHallParams(window.location.search)}${window.location.hash}`);
  }
  try {
    if (fromAddress) window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(fromAddress));
    remembered = fromAddress ?? parseStored(window.sessionStorage.getItem(STORAGE_KEY));
  } catch {
    remembered = fromAddress;
  }
  return remembered;
}

function parseStored(raw: string | null): HallLink | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { role, key } = value as { role?: unknown; key?: unknown };
    return parseHallLink(new URLSearchParams({ hall: String(role), ...(typeof key === 'string' ? { key } : {}) }).toString());
  } catch {
    return null;
  }
}

/** The relay's address for this page's link, on the page's own host. */
export function relayUrl(link: HallLink, location: Pick<Location, 'protocol' | 'host'>, source = false): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const query = link.key === null ? '' : `?role=lecturer&key=${encodeURIComponent(link.key)}${source ? '&source=1' : ''}`;
  return `${scheme}//${location.host}${HALL_PATH}${query}`;
}
