/**
 * The drawing tools of this window: whether drawing mode is on, the tool and the colour, which deck
 * on the page is drawn on (the first that asks), and the messages
 * about ink that was refused. Not synced: each window has its own tools; only the ink is shared.
 */
import { useSyncExternalStore } from 'react';
import { createSignal } from '../../shell/signal';
import { INK_COLORS, type InkColor } from './model';

export type InkToolChoice = 'pen' | 'highlighter' | 'eraser';

export interface InkUiState {
  readonly drawing: boolean;
  readonly tool: InkToolChoice;
  readonly color: InkColor;
  /** The deck (its deckId) whose current slide takes the drawing. */
  readonly ownerDeck: string | null;
  /** The latest messages about refused ink, newest last. */
  readonly notices: readonly string[];
}

const MAX_NOTICES = 3;

let state: InkUiState = { drawing: false, tool: 'pen', color: INK_COLORS[0].role, ownerDeck: null, notices: [] };
const { subscribe, notify } = createSignal();

export function inkUi(): InkUiState {
  return state;
}

export function setInkUi(change: Partial<InkUiState> | ((current: InkUiState) => Partial<InkUiState>)): void {
  const patch = typeof change === 'function' ? change(state) : change;
  const next = { ...state, ...patch };
  if ((Object.keys(next) as (keyof InkUiState)[]).every((key) => Object.is(next[key], state[key]))) return;
  state = next;
  notify();
}

export function useInkUi(): InkUiState {
  return useSyncExternalStore(subscribe, inkUi, inkUi);
}

/** A message about ink that was refused or could not be saved: in the toolbar and the console. */
export function notifyInk(message: string): void {
  console.warn(message);
  setInkUi((current) => ({ notices: [...current.notices, message].slice(-MAX_NOTICES) }));
}

/** Keeps focus where it was when a toolbar button is clicked, so Space still steps the deck. */
export const keepFocus = (event: { preventDefault(): void }) => event.preventDefault();
