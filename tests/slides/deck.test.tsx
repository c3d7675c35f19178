import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LectureDeck } from '../../src/deck/LectureDeck';
import { SECTIONS } from '../../slides/sections';

function renderDeck() {
  return render(<LectureDeck />);
}

describe('LectureDeck', () => {
  // Rendering every slide of the deck in jsdom takes a few seconds on a busy machine.
  it('holds the title slide and one slide per outline section', { timeout: 30_000 }, () => {
    renderDeck();
    const titles = [...document.querySelectorAll('.slide-title')].map((e) => e.textContent);
    expect(titles[0]).toBe('Vom Token zur Antwort – Wie Large Language Models wirklich funktionieren');
    for (const section of SECTIONS) expect(titles).toContain(section.title);
  });
});
