import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadKatex } from '../src/components/Tex';

// Formulas render synchronously in component tests once KaTeX is loaded.
await loadKatex();

// Without Vitest globals, Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// Spectacle measures elements and observes resizes; jsdom has neither.
if (typeof window !== 'undefined') {
  // jsdom lays nothing out; Spectacle reads the first client rect to scale the slide.
  const rect = { x: 0, y: 0, top: 0, left: 0, right: 1366, bottom: 768, width: 1366, height: 768 };
  Element.prototype.getClientRects = () => [rect] as unknown as DOMRectList;
  if (!('ResizeObserver' in window)) {
    class ResizeObserverStub {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
  }
}
