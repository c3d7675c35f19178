import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useBlackout } from './useBlackout';
import { useDeckApi, type DeckApi } from './deckApi';
import { registerKeyLayer } from './inputRouter';
import { useDeckFeatures, useSyncPaused, type HelpAction } from './deckFeatures';
import { explanation, useExplanationOpen } from './explanation';
import { keyInputOf, keyHelpParts, toggleModeSearch, type KeyInput } from './keys';
import type { ModeFlag } from './modes';
import { bindingFor, KEY_HELP, KEY_HELP_GROUPS, type KeyCommand, type KeyCondition } from './keymap';
import { InPresenterView } from './presenterContext';
import { handOver } from './prerendered';
import { readingHref } from './readingLink';
import { ManifestContext } from './SlideContent';
import { syncRoleOf } from './syncRoles';
import { useDeckSync } from './useDeckSync';
import { flushWindowHistory } from './windowDeck';

const MODE_OF_COMMAND = { overview: 'overviewMode', presenter: 'presenterMode', 'print-mode': 'printMode', 'export-mode': 'exportMode' } as const satisfies Partial<Record<KeyCommand, ModeFlag>>;

type Overlay = { kind: 'none' } | { kind: 'help' };

/** The window sync, off while a recording replays (a replay never moves other windows). */
function DeckSync({ deck }: { deck: DeckApi }) {
  useDeckSync(deck);
  return null;
}

/**
 * The deck's keys (moving, clickers, blackout, go-to, help, modes), its overlays and the window
 * sync. Rendered once per window: by the stage's template, or inside Spectacle's overview and print
 * modes.
 */
export function DeckControls() {
  const deck = useDeckApi();
  const [overlay, setOverlay] = useState<Overlay>({ kind: 'none' });
  const [gotoBuffer, setGotoBuffer] = useState<string | null>(null);
  /** F where the browser has no element fullscreen (iPhone) or refuses it: said, not ignored. */
  const [fullscreenNote, setFullscreenNote] = useState(false);
  useEffect(() => {
    if (!fullscreenNote) return;
    const timer = window.setTimeout(() => setFullscreenNote(false), 6000);
    return () => window.clearTimeout(timer);
  }, [fullscreenNote]);
  const [blackout, setBlackout] = useBlackout();
  const inPresenterView = useContext(InPresenterView);
  const slides = useContext(ManifestContext);
  const { AudienceCompanion, helpActions = [] } = useDeckFeatures();
  const syncPaused = useSyncPaused();

  // The handler reads the latest state through a ref, so the listener is attached once.
  const latest = useRef({ deck, overlay, gotoBuffer, blackout });
  useEffect(() => {
    latest.current = { deck, overlay, gotoBuffer, blackout };
  });

  const replayEarly = useRef<((key: string, shiftKey: boolean) => boolean) | null>(null);
  const initialized = deck.initialized;
  useEffect(() => {
    if (!initialized) return;
    // The deck is up: the prerendered title goes, and keys pressed while loading are replayed, each
    // once the deck has taken the one before (its view changed), or after half a second at most.
    const keys = handOver();
    const viewKey = () => `${latest.current.deck.view.slideIndex}/${latest.current.deck.view.stepIndex}`;
    let frame = 0;
    let waitingFor: string | null = null;
    let framesLeft = 0;
    const next = () => {
      if (waitingFor !== null && viewKey() === waitingFor && framesLeft-- > 0) {
        frame = requestAnimationFrame(next);
        return;
      }
      const early = keys.shift();
      if (!early) return;
      waitingFor = viewKey();
      framesLeft = 30;
      replayEarly.current?.(early.key, early.shiftKey);
      frame = requestAnimationFrame(next);
    };
    frame = requestAnimationFrame(next);
    return () => cancelAnimationFrame(frame);
  }, [initialized]);


  useEffect(() => {
    function run(command: KeyCommand, input: KeyInput): boolean {
      const { deck: d, overlay: o, gotoBuffer: buffer, blackout: b } = latest.current;
      const last = Math.max(d.slideCount - 1, 0);
      switch (command) {
        case 'next':
          d.next();
          return true;
        case 'previous':
          d.previous();
          return true;
        case 'first':
          d.goTo({ slideIndex: 0, stepIndex: 0 });
          return true;
        case 'last':
          d.goTo({ slideIndex: last, stepIndex: 0 });
          return true;
        case 'fullscreen':
          if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
          else if (!document.fullscreenEnabled || typeof document.documentElement.requestFullscreen !== 'function') setFullscreenNote(true);
          else void document.documentElement.requestFullscreen().catch(() => setFullscreenNote(true));
          return true;
        case 'blackout-black':
        case 'blackout-white': {
          const color = command === 'blackout-black' ? 'black' : 'white';
          setBlackout(b === color ? null : color);
          return true;
        }
        case 'help':
          setOverlay(o.kind === 'help' ? { kind: 'none' } : { kind: 'help' });
          return true;
        case 'goto-open':
          setGotoBuffer('');
          return true;
        case 'goto-digit':
          setGotoBuffer(((buffer ?? '') + input.key).slice(0, 4));
          return true;
        case 'goto-delete':
          if (buffer === null) return false;
          setGotoBuffer(buffer.slice(0, -1));
          return true;
        case 'enter': {
          if (buffer === null) return false;
          const number = Number.parseInt(buffer, 10);
          if (Number.isFinite(number)) d.goTo({ slideIndex: Math.min(Math.max(number - 1, 0), last), stepIndex: 0 });
          setGotoBuffer(null);
          return true;
        }
        case 'overview':
        case 'presenter':
        case 'print-mode':
        case 'export-mode':
          // A mode is a page of its own: the page reloads with the mode's flag toggled (at the view
          // on screen, should the history writer still hold its address).
          flushWindowHistory();
          window.location.search = toggleModeSearch(window.location.search, MODE_OF_COMMAND[command]);
          return true;
        case 'explanation':
          // The presenter view shows the notes already.
          if (syncRoleOf(window.location.search) === 'presenter') return false;
          explanation.toggle();
          return true;
        case 'escape':
          setOverlay({ kind: 'none' });
          if (b !== null) setBlackout(null);
          setGotoBuffer(null);
          explanation.setOpen(false);
          return false;
        default:
          return false;
      }
    }
    const holds = (condition: KeyCondition) => condition === 'stage' && !latest.current.deck.inPrintMode && !latest.current.deck.inOverviewMode;
    replayEarly.current = (key, shiftKey) => {
      const input = keyInputOf({ key, shiftKey, ctrlKey: false, altKey: false, metaKey: false, target: document.body });
      const binding = bindingFor('deck', input, holds);
      return binding ? run(binding.command, input) : false;
    };
    return registerKeyLayer('deck', { run: (binding, input) => run(binding.command, input), holds });
  }, [setBlackout]);

  return createPortal(
    <>
      {!syncPaused && <DeckSync deck={deck} />}
      {!inPresenterView && AudienceCompanion && <AudienceCompanion deck={deck} slides={slides} />}
      {blackout !== null && !inPresenterView && (
        <div className={`deck-blackout deck-blackout-${blackout}`} data-testid="blackout" role="presentation" onClick={() => setBlackout(null)} />
      )}
      {overlay.kind === 'help' && <HelpOverlay onClose={() => setOverlay({ kind: 'none' })} actions={inPresenterView ? [] : helpActions} />}
      {!deck.inPrintMode && !inPresenterView && <ViewTools slideIndex={deck.view.slideIndex} slideCount={deck.slideCount} />}
      {gotoBuffer !== null && (
        <div className="deck-goto" role="status" data-testid="goto">
          Gehe zu Folie: <strong>{gotoBuffer || '_'}</strong> von {deck.slideCount} (Enter)
        </div>
      )}
      {fullscreenNote && (
        <div className="deck-goto" role="status" data-testid="fullscreen-note">
          Vollbild gibt es in diesem Browser nicht. Tipp: das Gerät quer halten oder die Seite zum Home-Bildschirm hinzufügen.
        </div>
      )}
    </>,
    document.body,
  );
}

/**
 * The slide view's two buttons for a student at home: „Erklärung“ (the notes of the slide on
 * screen, also key E) and the way into the reading view at this slide. Not in the presenter view,
 * which shows the notes itself.
 */
function ViewTools({ slideIndex, slideCount }: { slideIndex: number; slideCount: number }) {
  const open = useExplanationOpen();
  const setNotesBox = useCallback((element: HTMLDivElement | null) => explanation.setTarget(element), []);
  if (syncRoleOf(window.location.search) === 'presenter') return null;
  return (
    <>
      <nav className="deck-tools" aria-label="Ansicht" data-testid="deck-tools">
        <button type="button" className="deck-tool" aria-pressed={open} onClick={() => explanation.toggle()} data-testid="explanation-button">
          Erklärung <kbd>E</kbd>
        </button>
        <a className="deck-tool" href={readingHref(slideIndex)} data-testid="to-reading">
          Leseansicht
        </a>
      </nav>
      {open && (
        <aside className="deck-explanation" aria-labelledby="deck-explanation-title" data-testid="explanation">
          <div className="deck-explanation-head">
            <h2 id="deck-explanation-title">
              Erklärung <span className="deck-explanation-count">· Folie {slideIndex + 1} von {slideCount}</span>
            </h2>
            <button type="button" className="deck-tool" onClick={() => explanation.setOpen(false)} aria-label="Erklärung schließen">
              ×
            </button>
          </div>
          <div className="deck-explanation-notes" ref={setNotesBox} />
        </aside>
      )}
    </>
  );
}

function HelpOverlay({ onClose, actions }: { onClose: () => void; actions: readonly HelpAction[] }) {
  // Focus on „Schließen“ without scrolling to it: on a phone the list opens at its top.
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus({ preventScroll: true }), []);
  return (
    <div className="deck-help" role="dialog" aria-modal="true" aria-labelledby="deck-help-title" data-testid="help">
      <div className="deck-help-card">
        <h2 id="deck-help-title">Tastenkürzel</h2>
        <div className="deck-help-groups">
          {KEY_HELP_GROUPS.map((group) => (
            <section key={group} className="deck-help-group" aria-labelledby={`deck-help-${group.replace(/\W+/g, '-')}`}>
              <h3 id={`deck-help-${group.replace(/\W+/g, '-')}`}>{group}</h3>
              <table>
                <tbody>
                  {KEY_HELP.filter((row) => row.group === group).map((row) => (
                    <tr key={row.keys}>
                      <th scope="row">
                        {keyHelpParts(row.keys).map((part, i) =>
                          part.key !== undefined ? <kbd key={i}>{part.key}</kbd> : <span key={i} className="deck-help-or">{` ${part.separator} `}</span>,
                        )}
                      </th>
                      <td>{row.action}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </div>
        <div className="deck-help-actions">
          {actions.map((action) => (
            <button
              key={action.testId}
              type="button"
              className="deck-button"
              onClick={() => {
                onClose();
                action.run();
              }}
              data-testid={action.testId}
            >
              {action.label}
            </button>
          ))}
          <button ref={close} type="button" className="deck-button" onClick={onClose}>
            Schließen
          </button>
        </div>
      </div>
    </div>
  );
}
