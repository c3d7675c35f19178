import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampView, createNavigation, nextView, previousView, searchWithView } from '../../src/shell/navigation';
import type { DeckView } from '../../src/shell/deckApi';

/** A deck of four slides: 0, 2, 0 and 1 clicks (1 + 3 + 1 + 2 = 7 views). */
const STEPS = [0, 2, 0, 1];

function recorded(search: string, steps: readonly number[] = STEPS) {
  const writes: string[] = [];
  const navigation = createNavigation(steps, search, {
    replace: (query) => writes.push(`replace ${query}`),
    push: (query) => writes.push(`push ${query}`),
  });
  return { navigation, writes };
}

/** Every view of a deck in order, listed by hand from its step counts. */
function allViews(steps: readonly number[]): DeckView[] {
  const views: DeckView[] = [];
  steps.forEach((count, slideIndex) => {
    for (let stepIndex = 0; stepIndex <= count; stepIndex += 1) views.push({ slideIndex, stepIndex });
  });
  return views;
}

describe('the navigation core', () => {
  it('starts at the first view and writes it into the URL, replacing the history entry', () => {
    const { navigation, writes } = recorded('');
    expect(navigation.get()).toEqual({ slideIndex: 0, stepIndex: 0 });
    expect(writes).toEqual(['replace ?slideIndex=0&stepIndex=0']);
  });

  it('starts at a deep link, keeps the mode flag and view, and writes the keys sorted', () => {
    const { navigation, writes } = recorded('?view=slides&stepIndex=1&presenterMode=true&slideIndex=3&junk=1');
    expect(navigation.get()).toEqual({ slideIndex: 3, stepIndex: 1 });
    expect(writes).toEqual(['replace ?presenterMode=true&slideIndex=3&stepIndex=1&view=slides']);
  });

  it('lands a bad deep link on the nearest valid view (the deep link rules)', () => {
    expect(recorded('?slideIndex=99&stepIndex=3').navigation.get()).toEqual({ slideIndex: 3, stepIndex: 0 });
    expect(recorded('?slideIndex=1&stepIndex=99').navigation.get()).toEqual({ slideIndex: 1, stepIndex: 2 });
    expect(recorded('?slideIndex=-4').navigation.get()).toEqual({ slideIndex: 0, stepIndex: 0 });
    expect(recorded('?slideIndex=abc&stepIndex=x').navigation.get()).toEqual({ slideIndex: 0, stepIndex: 0 });
  });

  it('walks every view with next, in order, and stops at the end without writing', () => {
    const { navigation, writes } = recorded('');
    const seen = [navigation.get()];
    for (let i = 0; i < 10; i += 1) {
      navigation.next();
      if (navigation.get() !== seen.at(-1)) seen.push(navigation.get());
    }
    expect(seen).toEqual(allViews(STEPS));
    // One replace at the start, then one push per move: six moves through seven views.
    expect(writes.filter((w) => w.startsWith('push'))).toHaveLength(6);
    expect(writes.at(-1)).toBe('push ?slideIndex=3&stepIndex=1');
  });

  it('walks back with previous, entering a slide at its last step, and stops at the start', () => {
    const { navigation } = recorded('?slideIndex=3&stepIndex=1');
    const seen = [navigation.get()];
    for (let i = 0; i < 10; i += 1) {
      navigation.previous();
      if (navigation.get() !== seen.at(-1)) seen.push(navigation.get());
    }
    expect(seen).toEqual(allViews(STEPS).reverse());
  });

  it('goTo clamps to the deck and tells its listeners once per change', () => {
    const { navigation, writes } = recorded('');
    let told = 0;
    const stop = navigation.subscribe(() => (told += 1));
    navigation.goTo({ slideIndex: 1, stepIndex: 7 });
    expect(navigation.get()).toEqual({ slideIndex: 1, stepIndex: 2 });
    navigation.goTo({ slideIndex: 1, stepIndex: 2 });
    navigation.goTo({ slideIndex: 40, stepIndex: -3 });
    expect(navigation.get()).toEqual({ slideIndex: 3, stepIndex: 0 });
    navigation.goTo({ slideIndex: Number.NaN, stepIndex: Number.POSITIVE_INFINITY });
    expect(navigation.get()).toEqual({ slideIndex: 0, stepIndex: 0 });
    expect(told).toBe(3);
    stop();
    navigation.next();
    expect(told).toBe(3);
    expect(writes).toEqual([
      'replace ?slideIndex=0&stepIndex=0',
      'push ?slideIndex=1&stepIndex=2',
      'push ?slideIndex=3&stepIndex=0',
      'push ?slideIndex=0&stepIndex=0',
      'push ?slideIndex=1&stepIndex=0',
    ]);
  });

  it('follows Back and Forward (the URL changed under it) without a new history entry', () => {
    const { navigation, writes } = recorded('?presenterMode=true');
    navigation.next();
    navigation.followLocation('?presenterMode=true&slideIndex=2&stepIndex=0');
    expect(navigation.get()).toEqual({ slideIndex: 2, stepIndex: 0 });
    navigation.next();
    expect(writes).toEqual([
      'replace ?presenterMode=true&slideIndex=0&stepIndex=0',
      'push ?presenterMode=true&slideIndex=1&stepIndex=0',
      'push ?presenterMode=true&slideIndex=3&stepIndex=0',
    ]);
  });

  it('writes the URL format the deck has always used', () => {
    expect(searchWithView('?view=read', { slideIndex: 11, stepIndex: 2 })).toBe('?slideIndex=11&stepIndex=2&view=read');
    expect(searchWithView('', { slideIndex: 0, stepIndex: 0 })).toBe('?slideIndex=0&stepIndex=0');
  });
});

describe('next and previous, on any deck', () => {
  const decks = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 8 });

  it('next visits the views in order and previous undoes it', () => {
    fc.assert(
      fc.property(decks, (steps) => {
        const views = allViews(steps);
        views.forEach((view, i) => {
          expect(nextView(steps, view)).toEqual(views[i + 1] ?? null);
          expect(previousView(steps, view)).toEqual(views[i - 1] ?? null);
        });
      }),
    );
  });

  it('clampView lands every request on a view of the deck, and leaves a view of the deck alone', () => {
    fc.assert(
      fc.property(decks, fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 }), (steps, slideIndex, stepIndex) => {
        const views = allViews(steps);
        const clamped = clampView(steps, { slideIndex, stepIndex });
        expect(views).toContainEqual(clamped);
        for (const view of views) expect(clampView(steps, view)).toEqual(view);
      }),
    );
  });
});
