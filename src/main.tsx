import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-sans-3/latin-700.css';
import './styles.css';
import './components/components.css';
import './deck/print.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { initialSlideIndex, normalizeLocation } from './deck/deepLink';
import { handoutOptionsFromUrl } from './deck/handoutOptions';
import { LectureDeck } from './deck/LectureDeck';
import { isPrintModeUrl } from './deck/printMode';
import { prefetchAround } from './deck/slideBodies';
import { SLIDES } from '../slides';

// From here on the deck answers every key (before, the prerendered title did: src/deck/prerendered.ts).
window.__appStarted = true;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const handout = handoutOptionsFromUrl(window.location.search);
if (handout) {
  // The PDF handout: every step of every slide in one print document (npm run export:pdf).
  document.documentElement.dataset.palette = 'print';
  void import('./deck/Handout').then(({ Handout }) =>
    createRoot(root).render(
      <StrictMode>
        <Handout slides={SLIDES} options={handout} />
      </StrictMode>,
    ),
  );
} else {
  startDeck(root);
}

function startDeck(container: HTMLElement) {
  normalizeLocation(SLIDES.length, (index) => SLIDES[index].steps);
  document.documentElement.dataset.palette = isPrintModeUrl(window.location.search) ? 'print' : 'screen';

  // The bodies of the first slide on screen and its neighbours load before the first render, so the
  // deck appears complete (no "loading" flash); the rest load as the presenter moves.
  // The first render is a transition: React renders the 34 slide shells in slices of a few
  // milliseconds, so the page stays responsive (the prerendered title is on screen meanwhile).
  void prefetchAround(SLIDES, initialSlideIndex(window.location.search, SLIDES.length), 1, 1).finally(() => {
    const deck = createRoot(container);
    startTransition(() => {
      deck.render(
        <StrictMode>
          <LectureDeck slides={SLIDES} />
        </StrictMode>,
      );
    });
  });
}
