import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { Deck } from 'spectacle';
import { theme } from '../../src/deck/theme';

/** Renders one slide in its own deck at the given step (Spectacle reads the step from the URL). */
export function renderSlide(Slide: ComponentType, stepIndex = 0) {
  window.history.replaceState(null, '', `?slideIndex=0&stepIndex=${stepIndex}`);
  const view = render(
    <Deck theme={theme}>
      <Slide />
    </Deck>,
  );
  const frame = view.container.querySelector('.slide-frame') as HTMLElement;
  return { ...view, frame };
}

/** The visible text of all KaTeX formulas in an element (no MathML/TeX source). */
export function texText(element: Element): string {
  // KaTeX puts zero-width spaces between some glyphs; they are not part of the numbers.
  return [...element.querySelectorAll('.katex-html')].map((e) => (e.textContent ?? '').replace(/\u200b/g, '')).join(' | ');
}
