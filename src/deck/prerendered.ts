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
  }
}

/** The inline script that index.html runs right after the prerendered slide (kept tiny, no dependencies). */
export const EARLY_SCRIPT = `(function(){var k=window.__earlyKeys=[];function h(e){k.push({key:e.key,shiftKey:e.shiftKey})}
addEventListener('keydown',h);window.__stopEarlyKeys=function(){removeEventListener('keydown',h)};
var p=document.getElementById('prerendered');if(!p)return;var s=p.firstElementChild;
function fit(){var f=Math.min(innerWidth/1366,innerHeight/768);s.style.transform='translate(-50%,-50%) scale('+f+')'}
fit();addEventListener('resize',fit)})();`;

/** Removes the static copy (after the next paint, so there is no blank frame) and returns the kept keys. */
export function handOver(): EarlyKey[] {
  window.__stopEarlyKeys?.();
  const keys = window.__earlyKeys ?? [];
  window.__earlyKeys = [];
  const prerendered = document.getElementById('prerendered');
  if (prerendered) requestAnimationFrame(() => requestAnimationFrame(() => prerendered.remove()));
  return keys;
}
