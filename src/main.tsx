import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-sans-3/latin-700.css';
import './styles.css';
import './components/components.css';
import './deck/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { normalizeLocation } from './deck/deepLink';
import { LectureDeck } from './deck/LectureDeck';
import { isPrintModeUrl } from './deck/printMode';
import { SLIDES } from '../slides';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

normalizeLocation(SLIDES.length);
document.documentElement.dataset.palette = isPrintModeUrl(window.location.search) ? 'print' : 'screen';

createRoot(root).render(
  <StrictMode>
    <LectureDeck />
  </StrictMode>,
);
