import { useMemo, useSyncExternalStore } from 'react';
import { SLIDE_SIZE } from '../../theme/slideSize';
import { InkStrokes } from './InkStrokes';
import { visibleStrokes } from './model';
import { inkStore } from './store';
import { startInkSync } from './sync';
import { notifyInk } from './ui';
import './ink.css';

/**
 * The lecturer's ink in the reading view, over a slide's section: the deck's coordinates (the
 * 1366x768 viewBox), scaled to the width of the section's body and kept in the slide's proportions
 * from its top. The body below is reflowed for reading, so a stroke marks about where it was drawn
 * on the slide, not the same word. Strokes of the step the section shows and the earlier ones;
 * nothing when there are none.
 */
export function ReadingInk({ slideId, step }: { slideId: string; step: number }) {
  const strokes = useSyncExternalStore(inkStore.subscribe, inkStore.strokes, inkStore.strokes);
  const visible = useMemo(() => visibleStrokes(strokes, slideId, step), [strokes, slideId, step]);
  if (visible.length === 0) return null;
  return (
    <svg
      className="ink-layer ink-layer-reading"
      viewBox={`0 0 ${SLIDE_SIZE.width} ${SLIDE_SIZE.height}`}
      style={{ aspectRatio: `${SLIDE_SIZE.width} / ${SLIDE_SIZE.height}` }}
      role="img"
      aria-label={`Anmerkungen der Vortragenden auf dieser Folie: ${visible.length === 1 ? 'ein Strich' : `${visible.length} Striche`}`}
      data-ink-layer={slideId}
      data-ink-step={step}
      data-ink-reading="true"
    >
      <InkStrokes strokes={visible} />
    </svg>
  );
}

let synced = false;

/**
 * The reading view in a browser where the deck is open too: ink from the deck's windows (the
 * BroadcastChannel of sync.ts; the open windows answer with all their strokes), shown only — the
 * reading view draws nothing, saves nothing and records nothing.
 */
export function startReadingInk(): void {
  if (synced) return;
  synced = true;
  startInkSync(inkStore, notifyInk);
}
