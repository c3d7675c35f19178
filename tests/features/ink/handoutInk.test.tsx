import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HandoutInk, handoutInk } from '../../../src/features/ink/handoutInk';
import { emptyDocument, type Stroke } from '../../../src/features/ink/model';
import { SLIDES } from '../../../slides';
import MotivationSlide from '../../../slides/MotivationSlide.meta';

const stroke = (id: string, more: Partial<Stroke> = {}): Stroke => ({
  id,
  slide: MotivationSlide.id,
  step: 0,
  tool: 'pen',
  color: 'target',
  width: 4,
  points: [[10, 10], [50, 60]],
  ...more,
});

describe('ink in the handout', () => {
  it('is absent without an ink file, and refuses a broken one as a whole', () => {
    expect(handoutInk(undefined, SLIDES)).toBeNull();
    expect(handoutInk(42, SLIDES)).toEqual({ ok: false, message: 'Die Tinte wurde nicht als Text übergeben.' });
    const broken = handoutInk('{"format": 1', SLIDES);
    expect(broken?.ok).toBe(false);
  });

  it('leaves out strokes of slides or steps the deck does not have, naming each', () => {
    const text = JSON.stringify(
      emptyDocument([stroke('a'), stroke('b', { slide: 'no-such-slide' }), stroke('c', { step: MotivationSlide.steps + 1 }), stroke('d', { step: MotivationSlide.steps })]),
    );
    const ink = handoutInk(text, SLIDES);
    expect(ink?.ok && ink.strokes.map((s) => s.id)).toEqual(['a', 'd']);
    expect(ink?.ok && ink.problems).toEqual([
      'Strich „b“: die Folie „no-such-slide“ gibt es nicht (ausgelassen)',
      `Strich „c“: Folie „motivation“ hat keinen Schritt ${MotivationSlide.steps + 1} (0 … ${MotivationSlide.steps}; ausgelassen)`,
    ]);
  });

  it('draws a page’s strokes (this step and earlier ones) as SVG paths in the design space, nothing on a page without', () => {
    const strokes = [stroke('a'), stroke('h', { tool: 'highlighter', width: 22, step: 1 }), stroke('other', { slide: 'agenda' })];
    const { container, rerender } = render(<HandoutInk strokes={strokes} slide={MotivationSlide.id} step={0} />);
    expect(container.querySelector('svg')?.getAttribute('viewBox')).toBe('0 0 1366 768');
    expect([...container.querySelectorAll('path')].map((p) => p.dataset.inkStroke)).toEqual(['a']);
    rerender(<HandoutInk strokes={strokes} slide={MotivationSlide.id} step={1} />);
    // The highlighter's group comes first: pen strokes lie on top of it.
    expect([...container.querySelectorAll('path')].map((p) => p.dataset.inkStroke)).toEqual(['h', 'a']);
    expect(container.querySelector('path[data-ink-stroke="a"]')?.getAttribute('d')).toBe('M10 10L50 60');
    rerender(<HandoutInk strokes={strokes} slide="title" step={0} />);
    expect(container.querySelector('svg')).toBeNull();
  });
});
