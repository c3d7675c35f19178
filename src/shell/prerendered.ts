import { MODE_FLAGS, NARROW_PORTRAIT } from './modes';

/**
 * The title slide prerendered into index.html (src/prerender.tsx, vite.config.ts) is on screen
 * before the app has loaded. A small inline script there scales it to the window and keeps the
 * keys pressed meanwhile; the deck calls `handOver` once its own first slide is up: the static copy
 * goes, and the kept keys are replayed, so a clicker press during loading is not lost.
 */

/** A key press kept by the inline script in index.html. */
export interface EarlyKey {
  readonly key: string;
  readonly shiftKey: boolean;
}

declare global {
  interface Window {
    __earlyKeys?: EarlyKey[];
    __stopEarlyKeys?: () => void;
    /** Set by main.tsx before it reads the URL: from then on the deck answers every key. */
    __appStarted?: boolean;
  }
}

/**
 * The inline script that index.html runs right after the prerendered views (no dependencies, no
 * build step: it is a string). It
 * - drops the prerendered title when the URL asks for another slide or view (a deep link), and
 *   for the reading view (`view=read`, or a phone held upright without `view=slides`);
 * - scales the views to the window, as the deck does;
 * - before the app has started, answers → / PageDown / Space and ← / PageUp itself between the two
 *   prerendered views (the first and the next), moving the URL along, so the app starts there;
 * - keeps every other key press for the deck to replay once it is up.
 */
export const EARLY_SCRIPT = `(function () {
  var keys = (window.__earlyKeys = []);
  var p = document.getElementById('prerendered');
  var q = new URLSearchParams(location.search);
  var other = ${JSON.stringify([...MODE_FLAGS, 'handout'])}.some(function (n) { return q.get(n) === 'true'; });
  var v = q.get('view');
  if (v === 'read' || (v !== 'slides' && !other && !q.has('replay') && matchMedia(${JSON.stringify(NARROW_PORTRAIT)}).matches)) other = true;
  if (p && (other || (q.get('slideIndex') || '0') !== '0' || (q.get('stepIndex') || '0') !== '0')) { p.remove(); p = null; }
  var views = p ? p.children : [];
  var shown = 0;
  function show(i) { for (var j = 0; j < views.length; j++) views[j].hidden = j !== i; shown = i; }
  function fit() {
    var f = Math.min(innerWidth / 1366, innerHeight / 768);
    for (var j = 0; j < views.length; j++) views[j].style.transform = 'translate(-50%,-50%) scale(' + f + ')';
  }
  function onKey(e) {
    if (p && !window.__appStarted && !e.ctrlKey && !e.altKey && !e.metaKey && views.length > 1) {
      var next = e.key === 'ArrowRight' || e.key === 'PageDown' || (e.key === ' ' && !e.shiftKey);
      var back = e.key === 'ArrowLeft' || e.key === 'PageUp' || (e.key === ' ' && e.shiftKey);
      if ((next && shown === 0) || (back && shown === 1)) {
        show(next ? 1 : 0);
        history.replaceState(history.state, '', '?' + views[shown].getAttribute('data-query'));
        e.preventDefault();
        return;
      }
    }
    keys.push({ key: e.key, shiftKey: e.shiftKey });
  }
  addEventListener('keydown', onKey);
  window.__stopEarlyKeys = function () { removeEventListener('keydown', onKey); };
  if (p) { show(0); fit(); addEventListener('resize', fit); }
})();`;

/** Removes the static copy (after the next paint, so there is no blank frame) and returns the kept keys. */
export function handOver(): EarlyKey[] {
  window.__stopEarlyKeys?.();
  const keys = window.__earlyKeys ?? [];
  window.__earlyKeys = [];
  const prerendered = document.getElementById('prerendered');
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      prerendered?.remove();
      // Once the frame without the static copy is painted and the browser is idle (at most 300 ms later).
      requestAnimationFrame(() => setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(markOnScreen, { timeout: 300 }) : markOnScreen()), 0));
    }),
  );
  return keys;
}

let markOnScreen: () => void = () => undefined;
const onScreen = new Promise<void>((resolve) => {
  markOnScreen = resolve;
});

/**
 * Resolves once the deck itself is on screen and answers every key (handOver took the prerendered
 * title away and the browser is idle): what the first slide does not need (the animation features)
 * loads then, so it never delays the deck becoming usable.
 */
export function deckOnScreen(): Promise<void> {
  return onScreen;
}
