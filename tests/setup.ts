import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadKatex } from '../src/components/Tex';
import { bodiesSettled } from '../src/shell/slideBodies';

// Formulas render synchronously in component tests once KaTeX is loaded.
await loadKatex();
// The deck loads framer-motion's features lazily after the first paint; loaded here, that import is
// served from the module cache, so a test that ends first does not leave a load behind its teardown.
await import('../src/theme/motionFeatures');

// Without Vitest globals, Testing Library cannot register its own cleanup. Slide bodies the deck
// began to load (or prefetch) finish first, for the same reason.
afterEach(async () => {
  await bodiesSettled();
  cleanup();
});

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
