import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../../slides';
import { nextView } from '../../../src/shell/navigation';
import { replayUrlOf } from '../../../src/features/recording/replayStore';

describe('the presenter view', () => {
  it('previews the next click: one step on, or the next slide’s first view, or nothing after the last', () => {
    const withSteps = SLIDES.findIndex((s) => s.steps >= 2);
    const steps = SLIDES.map((s) => s.steps);
    expect(nextView(steps, { slideIndex: withSteps, stepIndex: 0 })).toEqual({ slideIndex: withSteps, stepIndex: 1 });
    expect(nextView(steps, { slideIndex: withSteps, stepIndex: SLIDES[withSteps].steps })).toEqual({ slideIndex: withSteps + 1, stepIndex: 0 });
    expect(nextView(steps, { slideIndex: SLIDES.length - 1, stepIndex: SLIDES.at(-1)!.steps })).toBeNull();
    expect(nextView(steps, { slideIndex: 999, stepIndex: 0 })).toBeNull();
  });
});

describe('?replay=<URL>', () => {
  const base = 'http://127.0.0.1:4173/deck/index.html?replay=x';
  it('takes a recording beside the deck', () => {
    expect(replayUrlOf('vorlesung.vtzrec', base)?.href).toBe('http://127.0.0.1:4173/deck/vorlesung.vtzrec');
    expect(replayUrlOf('/aufnahmen/a.vtzrec', base)?.href).toBe('http://127.0.0.1:4173/aufnahmen/a.vtzrec');
  });
  it('refuses anything from elsewhere', () => {
    for (const url of ['https://example.com/a.vtzrec', '//example.com/a.vtzrec', 'http://127.0.0.1:9999/a.vtzrec', 'javascript:alert(1)', 'data:text/plain,x']) {
      expect(replayUrlOf(url, base), url).toBeNull();
    }
  });
});
