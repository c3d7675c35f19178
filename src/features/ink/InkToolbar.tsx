import type { ReactNode } from 'react';
import { cssVar } from '../../theme/palette';
import { runInkCommand } from './commands';
import { downloadInk } from './download';
import { PEN_ICON } from './InkControls';
import { INK_COLORS } from './model';
import { inkStore } from './store';
import { keepFocus, setInkUi, useInkUi, type InkToolChoice } from './ui';

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
  pen: <path d={PEN_ICON} />,
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
export function InkToolbar({ slideId }: { slideId: string | undefined }) {
  const ui = useInkUi();
  return (
    <div className="ink-toolbar" role="toolbar" aria-label="Zeichnen" data-testid="ink-toolbar">
      {INK_COLORS.map((entry) => (
        <ToolButton
          key={entry.role}
          label={`Farbe ${entry.label}`}
          keyHint={entry.key}
          pressed={ui.color === entry.role}
          onPress={() => runInkCommand({ type: 'color', color: entry.role }, slideId)}
          testId={`ink-color-${entry.key}`}
        >
          <span className="ink-swatch" style={{ background: cssVar(entry.role) }} aria-hidden="true" />
        </ToolButton>
      ))}
      <span className="ink-separator" aria-hidden="true" />
      <ToolButton label="Stift" pressed={ui.tool === 'pen'} onPress={() => setInkUi({ tool: 'pen' })} testId="ink-pen">
        <Icon name="pen" />
      </ToolButton>
      <ToolButton label="Textmarker" keyHint="H" pressed={ui.tool === 'highlighter'} onPress={() => runInkCommand({ type: 'tool', tool: 'highlighter' }, slideId)} testId="ink-highlighter">
        <Icon name="highlighter" />
      </ToolButton>
      <ToolButton label="Radierer" keyHint="X" pressed={ui.tool === 'eraser'} onPress={() => runInkCommand({ type: 'tool', tool: 'eraser' }, slideId)} testId="ink-eraser">
        <Icon name="eraser" />
      </ToolButton>
      <span className="ink-separator" aria-hidden="true" />
      <ToolButton label="Tinte dieser Folie löschen" keyHint="C" onPress={() => runInkCommand({ type: 'clear' }, slideId)} testId="ink-clear">
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
