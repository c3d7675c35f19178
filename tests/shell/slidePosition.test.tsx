import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDeckApi, type DeckApi } from '../../src/shell/deckApi';
import { Presentation, PresentationSlide, useSlidePosition } from '../../src/shell/spectacle';
import { theme } from '../../src/theme/theme';

const COUNT = 10;

describe('a key press re-renders only the slides whose position changed', () => {
  it('moving from slide 1 to 2 re-renders the content of slides 1 to 3 (leaving, entering, coming near), never of the far ones', async () => {
    window.history.replaceState(null, '', '?slideIndex=0&stepIndex=0');
    const renders = new Array<number>(COUNT).fill(0);
    let deck: DeckApi | null = null;
    function Content({ index }: { index: number }) {
      const position = useSlidePosition();
      renders[index] += 1;
      return <p data-testid={`content-${index}`}>{`${position.active} ${position.near}`}</p>;
    }
    function Capture() {
      deck = useDeckApi();
      return null;
    }
    const slides = Array.from({ length: COUNT }, (_, index) => (
      <PresentationSlide key={index} id={`s${index}`} index={index} nearWithin={1} steps={0} backgroundColor="#000" textColor="#fff" padding={0}>
        <Content index={index} />
      </PresentationSlide>
    ));
    const { getAllByTestId } = render(
      <Presentation theme={theme} template={() => <Capture />} reducedMotion={true}>
        {slides}
      </Presentation>,
    );
    await expect.poll(() => deck?.initialized).toBe(true);
    await expect.poll(() => getAllByTestId('content-0')[0].textContent).toBe('true true');
    const before = [...renders];
    await act(async () => deck!.next());
    await expect.poll(() => deck!.view.slideIndex).toBe(1);
    const again = renders.map((count, index) => count - before[index]);
    // Slide 1 leaves, slide 2 enters, slide 3 comes within one slide; the other seven keep their position.
    expect(again.slice(0, 3).every((n) => n > 0)).toBe(true);
    expect(again.slice(3)).toEqual(new Array(COUNT - 3).fill(0));
    expect(getAllByTestId('content-1')[0].textContent).toBe('true true');
  });
});
