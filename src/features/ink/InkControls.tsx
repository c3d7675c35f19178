import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useDeckApi } from '../../shell/deckApi';
import { cssVar } from '../../theme/palette';
import { downloadInk } from './download';
import { registerKeyLayer } from '../../shell/inputRouter';
import { inkCommandOf, type InkCommand } from './keys';
import { INK_COLORS } from './model';
import { startInk } from './start';
import { clearSlideEvent, inkStore } from './store';
import { inkUi, setInkUi, useInkUi, type InkToolChoice } from './ui';
import './ink.css';

/**
 * The ink's keys and toolbar, rendered by the deck's template. The first deck on the page owns
 * them (the presenter page's preview deck does not), and its current slide takes the drawing.
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

function run(command: InkCommand, slideId: string | undefined): void {
  switch (command.type) {
    case 'toggle':
      setInkUi((ui) => ({ drawing: !ui.drawing }));
      return;
    case 'leave':
      setInkUi({ drawing: false });
      return;
    case 'color':
      setInkUi((ui) => ({ color: command.color, tool: ui.tool === 'eraser' ? 'pen' : ui.tool }));
      return;
    case 'tool':
      setInkUi((ui) => ({ tool: ui.tool === command.tool ? 'pen' : command.tool }));
      return;
    case 'clear':
      if (slideId) {
        const event = clearSlideEvent(inkStore, slideId);
        if (event) inkStore.dispatch(event, 'local');
      }
      return;
  }
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
        run(command, slideRef.current);
        return command.type !== 'leave';
      },
    });
  }, []);

  return createPortal(ui.drawing ? <InkToolbar slideId={slideId} /> : <InkToggle />, document.body);
}

/** Keeps focus where it was when a toolbar button is clicked, so Space still steps the deck. */
const keepFocus = (event: MouseEvent) => event.preventDefault();

function ToolButton({ label, keyHint, pressed, onPress, children, testId }: {
  label: string;
  keyHint?: string;
  pressed?: boolean;
  onPress: () => void;
  children: ReactNode;
  testId: string;
}) {
  return (
    <button
      type="button"
      className="ink-button"
      aria-label={keyHint ? `${label} (${keyHint})` : label}
      title={keyHint ? `${label} (${keyHint})` : label}
      aria-pressed={pressed}
      onMouseDown={keepFocus}
      onClick={onPress}
      data-testid={testId}
    >
      {children}
      {keyHint && (
        <span className="ink-key" aria-hidden="true">
          {keyHint}
        </span>
      )}
    </button>
  );
}

const ICONS: Record<InkToolChoice | 'clear' | 'save' | 'close', ReactNode> = {
  pen: <path d="M5 19l2-6L16 4l4 4-9 9-6 2zM14 6l4 4" />,
  highlighter: <path d="M4 20h7M7 17l-2-2 9-11 5 5-11 9zM12 6l6 6" />,
  eraser: <path d="M9 20h11M5 15l8-9 6 6-7 8H9l-4-5zM10 9l6 6" />,
  clear: <path d="M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13" />,
  save: <path d="M12 4v11M7 10l5 5 5-5M5 20h14" />,
  close: <path d="M6 6l12 12M18 6L6 18" />,
};

function Icon({ name }: { name: keyof typeof ICONS }) {
  return (
    <svg className="ink-icon" viewBox="0 0 24 24" aria-hidden="true">
      {ICONS[name]}
    </svg>
  );
}

/** The toolbar of drawing mode (German labels; every button at least 44x44 px). */
function InkToolbar({ slideId }: { slideId: string | undefined }) {
  const ui = useInkUi();
  return (
    <div className="ink-toolbar" role="toolbar" aria-label="Zeichnen" data-testid="ink-toolbar">
      {INK_COLORS.map((entry) => (
        <ToolButton
          key={entry.role}
          label={`Farbe ${entry.label}`}
          keyHint={entry.key}
          pressed={ui.color === entry.role}
          onPress={() => run({ type: 'color', color: entry.role }, slideId)}
          testId={`ink-color-${entry.key}`}
        >
          <span className="ink-swatch" style={{ background: cssVar(entry.role) }} aria-hidden="true" />
        </ToolButton>
      ))}
      <span className="ink-separator" aria-hidden="true" />
      <ToolButton label="Stift" pressed={ui.tool === 'pen'} onPress={() => setInkUi({ tool: 'pen' })} testId="ink-pen">
        <Icon name="pen" />
      </ToolButton>
      <ToolButton label="Textmarker" keyHint="H" pressed={ui.tool === 'highlighter'} onPress={() => run({ type: 'tool', tool: 'highlighter' }, slideId)} testId="ink-highlighter">
        <Icon name="highlighter" />
      </ToolButton>
      <ToolButton label="Radierer" keyHint="X" pressed={ui.tool === 'eraser'} onPress={() => run({ type: 'tool', tool: 'eraser' }, slideId)} testId="ink-eraser">
        <Icon name="eraser" />
      </ToolButton>
      <span className="ink-separator" aria-hidden="true" />
      <ToolButton label="Tinte dieser Folie löschen" keyHint="C" onPress={() => run({ type: 'clear' }, slideId)} testId="ink-clear">
        <Icon name="clear" />
      </ToolButton>
      <ToolButton label="Tinte als Datei sichern" onPress={() => downloadInk(inkStore.strokes())} testId="ink-save">
        <Icon name="save" />
      </ToolButton>
      <ToolButton label="Zeichnen beenden" keyHint="D" onPress={() => setInkUi({ drawing: false })} testId="ink-close">
        <Icon name="close" />
      </ToolButton>
      {ui.notices.length > 0 && (
        <div className="ink-notice" role="status">
          <span>{ui.notices[ui.notices.length - 1]}</span>
          <button type="button" className="ink-notice-close" onMouseDown={keepFocus} onClick={() => setInkUi({ notices: [] })}>
            OK
          </button>
        </div>
      )}
    </div>
  );
}

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
      <Icon name="pen" />
    </button>
  );
}
