import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LectureDeck } from '../../src/app/LectureDeck';
import { SECTIONS } from '../../slides/sections';
import { SLIDES } from '../../slides';
import { windowDeck } from '../../src/shell/windowDeck';

describe('LectureDeck', () => {
  it('walks from the title slide through one slide per outline section, from the manifest', async () => {
    window.history.replaceState(null, '', '?slideIndex=0&stepIndex=0');
    render(<LectureDeck slides={SLIDES} />);
    const titles: (string | null)[] = [];
    for (let slideIndex = 0; slideIndex < SLIDES.length; slideIndex += 1) {
      await act(async () => windowDeck()!.goTo({ slideIndex, stepIndex: 0 }));
      // The slide on screen: shown, and not the one sliding out.
      const shown = [...document.querySelectorAll<HTMLElement>('.deck-stage-slide:not(.deck-stage-leave)')].filter((e) => e.style.visibility !== 'hidden');
      expect(shown).toHaveLength(1);
      titles.push(shown[0].querySelector('.slide-title')!.textContent);
      expect(document.querySelector('[data-testid="slide-counter"]')!.textContent).toBe(`Folie ${slideIndex + 1} von ${SLIDES.length}`);
      // The address follows within the history writer's interval (src/shell/historyWriter.ts).
      await expect.poll(() => new URLSearchParams(window.location.search).get('slideIndex')).toBe(String(slideIndex));
    }
    expect(titles).toEqual(SLIDES.map((s) => s.title));
    expect(titles[0]).toBe('Vom Token zur Antwort – Wie Large Language Models wirklich funktionieren');
    for (const section of SECTIONS) expect(titles).toContain(section.title);
  });

  it('mounts the bodies of the slide on screen and its neighbour only', async () => {
    window.history.replaceState(null, '', '?slideIndex=0&stepIndex=0');
    render(<LectureDeck slides={SLIDES} />);
    // Wait for a positive sign: the first two bodies are there.
    await expect.poll(() => document.querySelectorAll('[data-slide-body]').length).toBe(2);
    const mounted = [...document.querySelectorAll('[data-slide-body]')].map((e) => e.getAttribute('data-slide-body'));
    expect(mounted).toEqual([SLIDES[0].id, SLIDES[1].id]);
  });

});
