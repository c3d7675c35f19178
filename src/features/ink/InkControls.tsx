import { lazy, Suspense, useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useDeckApi } from '../../shell/deckApi';
import { registerKeyLayer } from '../../shell/inputRouter';
import { runInkCommand } from './commands';
import { inkCommandOf } from './keys';
import { startInk } from './start';
import { inkUi, keepFocus, setInkUi, useInkUi } from './ui';
import './ink.css';

// The toolbar of drawing mode loads when drawing starts (D, or the pen button).
const InkToolbar = lazy(() => import('./InkToolbar').then((module) => ({ default: module.InkToolbar })));

/**
 * The ink's keys and toolbar, rendered by the deck's template. The first deck on the page owns
 * them (in Spectacle's overview and print modes every slide's template asks; none draws there),
 * and its current slide takes the drawing.
 */
export function InkControls() {
  const deck = useDeckApi();
  const deckId = deck.deckId;
  const ui = useInkUi();
  useEffect(() => {
    if (inkUi().ownerDeck === null) setInkUi({ ownerDeck: deckId });
    return () => {
      if (inkUi().ownerDeck === deckId) setInkUi({ ownerDeck: null, drawing: false });
    };
  }, [deckId]);
  return ui.ownerDeck === deckId && !deck.inOverviewMode && !deck.inPrintMode ? <OwnedInkControls /> : null;
}

/** The slide on screen (its manifest id) in the owning deck. */
function useCurrentSlideId(): string | undefined {
  return useDeckApi().slideId;
}

function OwnedInkControls() {
  const ui = useInkUi();
  const slideId = useCurrentSlideId();
  // The key listener is attached once and reads the slide on screen from here.
  const slideRef = useRef(slideId);
  useEffect(() => {
    slideRef.current = slideId;
  }, [slideId]);

  useEffect(() => startInk(), []);

  useEffect(() => {
    // The ink's layer comes before the deck's: its keys (only these) never reach the deck, so in
    // drawing mode 1, 2, 3 pick a colour instead of opening "Gehe zu Folie". Escape leaves drawing
    // mode and goes on to the deck (it closes the overlays too); every other key is the deck's.
    return registerKeyLayer('ink', {
      holds: (condition) => condition === 'drawing' && inkUi().drawing,
      run: (binding) => {
        const command = inkCommandOf(binding.command);
        if (!command) return false;
        runInkCommand(command, slideRef.current);
        return command.type !== 'leave';
      },
    });
  }, []);

  return createPortal(
    ui.drawing ? (
      <Suspense fallback={null}>
        <InkToolbar slideId={slideId} />
      </Suspense>
    ) : (
      <InkToggle />
    ),
    document.body,
  );
}

/** The pen's icon (the toolbar's pen button draws it too). */
export const PEN_ICON = 'M5 19l2-6L16 4l4 4-9 9-6 2zM14 6l4 4';

/** On touch screens without a keyboard: a button that turns drawing mode on (CSS shows it only there). */
function InkToggle() {
  return (
    <button
      type="button"
      className="ink-button ink-toggle"
      aria-label="Zeichnen (D)"
      title="Zeichnen (D)"
      aria-pressed={false}
      onMouseDown={keepFocus}
      onClick={() => setInkUi({ drawing: true })}
      data-testid="ink-toggle"
    >
      <svg className="ink-icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d={PEN_ICON} />
      </svg>
    </button>
  );
}
