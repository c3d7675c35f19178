import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readingHref, readingLocation, readingTarget, slideAnchor, slidesHref } from '../../src/shell/readingLink';

const STEPS = [0, 3, 1, 0, 2];

describe('readingTarget', () => {
  it('reads #folie-N, counted from 1', () => {
    expect(readingTarget('', '#folie-1', STEPS)).toEqual({ slideIndex: 0, stepIndex: 0 });
    expect(readingTarget('', '#folie-3', STEPS)).toEqual({ slideIndex: 2, stepIndex: 0 });
    expect(readingTarget('', '#folie-99', STEPS)).toEqual({ slideIndex: 4, stepIndex: 0 });
    expect(readingTarget('', '#folie-0', STEPS)).toEqual({ slideIndex: 0, stepIndex: 0 });
  });

  it('reads the slide view\'s slideIndex and stepIndex, clamped to the manifest', () => {
    expect(readingTarget('?slideIndex=1&stepIndex=2', '', STEPS)).toEqual({ slideIndex: 1, stepIndex: 2 });
    expect(readingTarget('?slideIndex=1&stepIndex=9', '', STEPS)).toEqual({ slideIndex: 1, stepIndex: 3 });
    expect(readingTarget('?slideIndex=-4', '', STEPS)).toEqual({ slideIndex: 0, stepIndex: 0 });
    expect(readingTarget('?slideIndex=1e9&stepIndex=abc', '', STEPS)).toEqual({ slideIndex: 4, stepIndex: 0 });
    expect(readingTarget('?view=read&slideIndex=2.7', '', STEPS)).toEqual({ slideIndex: 2, stepIndex: 0 });
  });

  it('prefers the hash, which follows the reader, over the query', () => {
    expect(readingTarget('?slideIndex=1&stepIndex=2', '#folie-5', STEPS)).toEqual({ slideIndex: 4, stepIndex: 0 });
  });

  it('is null for no link or a broken one', () => {
    for (const [search, hash] of [
      ['', ''],
      ['?view=read', ''],
      ['?slideIndex=abc', ''],
      ['?slideIndex=', '#folie-'],
      ['', '#folie-3x'],
      ['', '#<img src=x onerror=alert(1)>'],
      ['?slideIndex=NaN', '#Folie-2'],
    ]) {
      expect(readingTarget(search, hash, STEPS), `${search} ${hash}`).toBeNull();
    }
    expect(readingTarget('?slideIndex=1', '', [])).toBeNull();
  });

  it('always lands on a slide and step of the manifest', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const target = readingTarget(`?slideIndex=${encodeURIComponent(a)}&stepIndex=${encodeURIComponent(b)}`, `#folie-${b}`, STEPS);
        if (target === null) return true;
        return (
          Number.isInteger(target.slideIndex) &&
          target.slideIndex >= 0 &&
          target.slideIndex < STEPS.length &&
          Number.isInteger(target.stepIndex) &&
          target.stepIndex >= 0 &&
          target.stepIndex <= STEPS[target.slideIndex]
        );
      }),
    );
  });
});

describe('addresses', () => {
  it('writes #folie-N and drops the slide view\'s indices while the reader scrolls', () => {
    expect(slideAnchor(11)).toBe('folie-12');
    expect(readingLocation('?view=read&slideIndex=3&stepIndex=1', 7)).toBe('?view=read#folie-8');
    expect(readingLocation('', 0)).toBe('#folie-1');
  });

  it('links between the two views', () => {
    expect(slidesHref(4, 2)).toBe('?view=slides&slideIndex=4&stepIndex=2');
    expect(readingHref(4)).toBe('?view=read#folie-5');
  });
});
