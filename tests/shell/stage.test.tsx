import { act, fireEvent, render } from '@testing-library/react';
import { useSyncExternalStore } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeckApiContext } from '../../src/shell/deckApi';
import { ManifestContext } from '../../src/shell/SlideContent';
import { defineSlide, type SlideMeta } from '../../src/shell/manifest';
import { createNavigation } from '../../src/shell/navigation';
import { useSlideStep } from '../../src/shell/slideStep';
import { Stage } from '../../src/shell/Stage';
import { deckApiOf } from '../../src/shell/windowDeck';

const COUNT = 10;
const renders = new Array<number>(COUNT).fill(0);

/** A body that counts its renders and shows its step. */
function bodyFor(index: number) {
  return function Body() {
    renders[index] += 1;
    return <p data-testid={`body-${index}`}>{`Schritt ${useSlideStep()}`}</p>;
  };
}

const SLIDES: readonly SlideMeta[] = Array.from({ length: COUNT }, (_, index) =>
  defineSlide({ id: `s${index}`, title: `Folie ${index}`, steps: index % 2, load: async () => bodyFor(index) }),
);

function renderStage(search: string) {
  const history = { replace: () => undefined, push: () => undefined };
  const navigation = createNavigation(
    SLIDES.map((slide) => slide.steps),
    search,
    history,
  );
  const ids = SLIDES.map((slide) => slide.id);
  function Deck() {
    const view = useSyncExternalStore(navigation.subscribe, navigation.get);
    return (
      <ManifestContext.Provider value={SLIDES}>
        <DeckApiContext.Provider value={{ ...deckApiOf(navigation, ids, 'deck'), view }}>
          <Stage slides={SLIDES} template={<span data-testid="template">Vorlage</span>} />
        </DeckApiContext.Provider>
      </ManifestContext.Provider>
    );
  }
  return { navigation, ...render(<Deck />) };
}

const mountedBodies = () => [...document.querySelectorAll('[data-slide-body]')].map((e) => e.getAttribute('data-slide-body'));
const visibleTitles = () =>
  [...document.querySelectorAll<HTMLElement>('[data-stage-slide]')].filter((e) => e.style.visibility !== 'hidden').map((e) => e.querySelector('.slide-title')?.textContent);

describe('the stage', () => {
  it('shows only the slide on screen, keeps its neighbours mounted but hidden, and nothing further away', async () => {
    const { navigation, getByTestId } = renderStage('?slideIndex=4&stepIndex=0');
    await expect.poll(() => getByTestId('body-4').textContent).toBe('Schritt 0');
    await expect.poll(mountedBodies).toEqual(['s3', 's4', 's5']);
    expect(visibleTitles()).toEqual(['Folie 4']);
    expect(document.querySelectorAll('[data-testid="template"]')).toHaveLength(1);

    await act(async () => navigation.next());
    expect(getByTestId('body-5').textContent).toBe('Schritt 0');
    // Slide 4 slides out (no animation ends in jsdom: it goes after its time-out), slide 5 stays.
    expect(visibleTitles()).toEqual(['Folie 4', 'Folie 5']);
    await expect.poll(visibleTitles).toEqual(['Folie 5']);
    await expect.poll(mountedBodies).toEqual(['s4', 's5', 's6']);
    await act(async () => navigation.next());
    // Slide 5 declares one step: the same slide, one step on.
    expect(visibleTitles()).toEqual(['Folie 5']);
    expect(getByTestId('body-5').textContent).toBe('Schritt 1');
  });

  it('re-renders on a step only the body that steps, never its neighbours', async () => {
    const { navigation, getByTestId } = renderStage('?slideIndex=3&stepIndex=0');
    await expect.poll(mountedBodies).toEqual(['s2', 's3', 's4']);
    await expect.poll(() => getByTestId('body-4').textContent).toBe('Schritt 0');
    const before = [...renders];
    await act(async () => navigation.next());
    expect(getByTestId('body-3').textContent).toBe('Schritt 1');
    const again = renders.map((count, index) => count - before[index]);
    expect(again[3]).toBeGreaterThan(0);
    expect(again.filter((_, index) => index !== 3)).toEqual(new Array(COUNT - 1).fill(0));
  });

  describe('under prefers-reduced-motion', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('changes the slide at once: no slide slides in or out', async () => {
      vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce'), addEventListener: () => undefined, removeEventListener: () => undefined }));
      const { navigation } = renderStage('?slideIndex=6&stepIndex=0');
      await act(async () => navigation.next());
      expect(visibleTitles()).toEqual(['Folie 7']);
      expect(document.querySelector('.deck-stage-enter, .deck-stage-leave')).toBeNull();
    });
  });

  it('takes a swipe to the left as next and one to the right as previous; a short or vertical one is no swipe', async () => {
    // Slide 3 declares one step, slide 2 none.
    const { navigation } = renderStage('?slideIndex=3&stepIndex=0');
    const canvas = document.querySelector('.deck-stage-canvas')!;
    const swipe = (points: [number, number][]) => {
      fireEvent.touchStart(canvas, { touches: [{ clientX: points[0][0], clientY: points[0][1] }] });
      for (const [x, y] of points.slice(1)) fireEvent.touchMove(canvas, { touches: [{ clientX: x, clientY: y }] });
      fireEvent.touchEnd(canvas, { touches: [] });
    };
    await act(async () => swipe([[300, 200], [250, 205], [120, 210]]));
    expect(navigation.get()).toEqual({ slideIndex: 3, stepIndex: 1 });
    await act(async () => swipe([[300, 200], [305, 200]]));
    await act(async () => swipe([[300, 200], [320, 400]]));
    expect(navigation.get()).toEqual({ slideIndex: 3, stepIndex: 1 });
    await act(async () => swipe([[100, 200], [260, 190]]));
    await act(async () => swipe([[100, 200], [260, 190]]));
    expect(navigation.get()).toEqual({ slideIndex: 2, stepIndex: 0 });
  });
});
