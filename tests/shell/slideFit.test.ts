import { describe, expect, it } from 'vitest';
import { fitOf } from '../../src/shell/slideFit';

describe('fitting the 1366×768 slide into a box', () => {
  it('scales by the tighter side and centres along the other (hand-worked)', () => {
    expect(fitOf(1366, 768)).toEqual({ scale: 1, left: 0, top: 0 });
    // 2732×768: the height decides (scale 1), the slide sits in the middle of 2732 px.
    expect(fitOf(2732, 768)).toEqual({ scale: 1, left: 683, top: 0 });
    // 683×768: the width decides (scale 0,5, 384 px high), 192 px above and below.
    expect(fitOf(683, 768)).toEqual({ scale: 0.5, left: 0, top: 192 });
  });

  it('leaves a box without size at scale 1 (not NaN or Infinity)', () => {
    expect(fitOf(0, 0)).toEqual({ scale: 1, left: 0, top: 0 });
    expect(fitOf(Number.NaN, 500)).toEqual({ scale: 1, left: 0, top: 0 });
  });
});
