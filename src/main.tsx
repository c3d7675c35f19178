import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-sans-3/latin-700.css';
import './styles.css';
import './components/components.css';
import './theme/print.css';
import { initialSlideIndex, normalizeLocation } from './shell/deepLink';
import { rememberHallLink } from './features/hall/link';
import { isPrintMode, NARROW_PORTRAIT, parseModes } from './shell/modes';
import { prefetchAround } from './shell/slideBodies';
import { SLIDES } from '../slides';
import { SECTIONS } from '../slides/sections';
import { TIME_PLAN } from '../slides/timePlan';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The hall's link (npm run hall) is read and taken out of the address before anything else reads it.
const hall = rememberHallLink();
const modes = parseModes(window.location.search, window.matchMedia?.(NARROW_PORTRAIT).matches ?? false);
const { handout } = modes;
if (handout) {
  // The PDF handout: every step of every slide in one print document (npm run export:pdf).
  document.documentElement.dataset.palette = 'print';
  void Promise.all([import('react'), import('react-dom/client'), import('./features/handout/Handout')]).then(([{ StrictMode }, { createRoot }, { Handout }]) =>
    createRoot(root).render(
      <StrictMode>
        <Handout slides={SLIDES} options={handout} />
      </StrictMode>,
    ),
  );
} else if (hall?.role === 'remote') {
  void startRemote(root);
} else if (modes.page === 'reading') {
  void startReading(root);
} else {
  void startDeck(root);
}

/**
 * The reading view (`?view=read`, and on a phone held upright): the whole lecture as one page, with
 * the notes and the words of every body rendered at build time (virtual:reading-text), and the
 * lecturer's ink over the slides.
 */
async function startReading(container: HTMLElement) {
  const [{ createRoot }, { StrictMode, startTransition }, { ReadingView }, { ReadingInk, startReadingInk }, { HallReading }, { default: text }] = await Promise.all([
    import('react-dom/client'),
    import('react'),
    import('./features/reading/ReadingView'),
    import('./features/ink/ReadingInk'),
    // Only in the hall (npm run hall): the reading view following the lecturer.
    hall?.role === 'follow' ? import('./features/hall/HallReading') : { HallReading: null },
    import('virtual:reading-text'),
  ]);
  window.__appStarted = true;
  // The reading view scrolls with the keys as any page does: nothing to keep for a deck.
  window.__stopEarlyKeys?.();
  document.documentElement.dataset.palette = 'screen';
  // Outside the hall, the ink of the deck's windows open in this browser (the hall's phone takes the relay's).
  if (!HallReading) startReadingInk();
  const reading = createRoot(container);
  // As for the deck: the first render in slices, no long task.
  startTransition(() => {
    reading.render(
      <StrictMode>
        {HallReading && hall ? (
          <HallReading link={hall} slides={SLIDES} sections={SECTIONS} text={text} />
        ) : (
          <ReadingView slides={SLIDES} sections={SECTIONS} text={text} SlideOverlay={ReadingInk} />
        )}
      </StrictMode>,
    );
  });
}

/**
 * Starts the deck. React DOM and the deck arrive as separate chunks, each evaluated in a
 * task of its own, and the first render is a transition that React renders in slices of a few
 * milliseconds: no long task blocks the page, while the prerendered title is on screen.
 */
async function startDeck(container: HTMLElement) {
  const [{ createRoot }, { StrictMode, startTransition }] = await Promise.all([import('react-dom/client'), import('react')]);
  const { LectureDeck } = await import('./app/LectureDeck');
  // From here on the deck answers every key (before, the prerendered title did: src/shell/prerendered.ts).
  window.__appStarted = true;
  // `?replay=<URL>` opens a recording beside the deck; read before the deck tidies its query.
  const replayUrl = modes.replay;
  normalizeLocation(SLIDES.length, (index) => SLIDES[index].steps);
  document.documentElement.dataset.palette = isPrintMode(parseModes(window.location.search).mode) ? 'print' : 'screen';
  // The bodies of the first slide on screen and its neighbours load before the first render, so the
  // deck appears complete (no "loading" flash); the rest load as the presenter moves.
  await prefetchAround(SLIDES, initialSlideIndex(window.location.search, SLIDES.length), 1, 1).catch(() => undefined);
  const deck = createRoot(container);
  startTransition(() => {
    deck.render(
      <StrictMode>
        <LectureDeck slides={SLIDES} sections={SECTIONS} timePlan={TIME_PLAN} replayUrl={replayUrl} hall={hall} />
      </StrictMode>,
    );
  });
}

/** The lecturer's phone as clicker (npm run hall, the presenter view's second QR code). */
async function startRemote(container: HTMLElement) {
  const [{ createRoot }, { StrictMode }, { RemotePage }, { default: text }] = await Promise.all([
    import('react-dom/client'),
    import('react'),
    import('./features/hall/RemotePage'),
    import('virtual:reading-text'),
  ]);
  window.__appStarted = true;
  window.__stopEarlyKeys?.();
  document.documentElement.dataset.palette = 'screen';
  document.getElementById('prerendered')?.remove();
  if (!hall) return;
  createRoot(container).render(
    <StrictMode>
      <RemotePage link={hall} slides={SLIDES} text={text} timePlan={TIME_PLAN} />
    </StrictMode>,
  );
}
