import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-sans-3/latin-700.css';
import './styles.css';
import './components/components.css';
import './deck/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initialSlideIndex, normalizeLocation } from './deck/deepLink';
import { LectureDeck } from './deck/LectureDeck';
import { isPrintModeUrl } from './deck/printMode';
import { prefetchAround } from './deck/slideBodies';
import { SLIDES } from '../slides';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

normalizeLocation(SLIDES.length);
document.documentElement.dataset.palette = isPrintModeUrl(window.location.search) ? 'print' : 'screen';

// The bodies of the first slide on screen and its neighbours load before the first render, so the
// deck appears complete (no "loading" flash); the rest load as the presenter moves.
void prefetchAround(SLIDES, initialSlideIndex(window.location.search, SLIDES.length), 1, 1).finally(() => {
  createRoot(root).render(
    <StrictMode>
      <LectureDeck slides={SLIDES} />
    </StrictMode>,
  );
});
