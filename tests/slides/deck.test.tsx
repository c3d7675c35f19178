import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LectureDeck } from '../../src/app/LectureDeck';
import { SECTIONS } from '../../slides/sections';
import { SLIDES } from '../../slides';

describe('LectureDeck', () => {
  it('holds the title slide and one slide per outline section, from the manifest', () => {
    render(<LectureDeck slides={SLIDES} />);
    const titles = [...document.querySelectorAll('.slide-title')].map((e) => e.textContent);
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
