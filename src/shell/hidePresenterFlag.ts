/**
 * Spectacle picks its mode from the query string on its first render and shows its own (English)
 * presenter screen for `?presenterMode=true`. The presenter view mounts a normal Spectacle deck
 * instead: the flag is taken out of the URL while that deck renders for the first time and put back
 * before any effect runs (useLayoutEffect), so the window keeps `?presenterMode=true` (reload, sync
 * roles). Spectacle's history keeps a copy of the location; a popstate tells it the URL changed.
 */
import { parseModes } from './modes';

let hidden: string | null = null;

export function hidePresenterFlag(): void {
  if (hidden !== null) return;
  if (parseModes(window.location.search).mode !== 'presenter') return;
  const params = new URLSearchParams(window.location.search);
  hidden = window.location.search;
  params.delete('presenterMode');
  const query = params.toString();
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
}

export function restorePresenterFlag(): void {
  if (hidden === null) return;
  hidden = null;
  const params = new URLSearchParams(window.location.search);
  if (params.get('presenterMode') === 'true') return;
  params.set('presenterMode', 'true');
  window.history.replaceState(window.history.state, '', `${window.location.pathname}?${params.toString()}${window.location.hash}`);
  window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
}
