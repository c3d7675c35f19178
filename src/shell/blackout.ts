/**
 * Black or white screen (B, ., W). Kept in the shared demo state, so it reaches every window of the
 * deck (the lecturer presses B in the presenter view, the projector goes black) and the recorder
 * records it; the presenter view shows a badge instead of blacking out the lecturer's own screen.
 */
export const BLACKOUT_KEY = 'deck.blackout';

/** The screen's state: black, white, or the slides (null). */
export type Blackout = 'black' | 'white' | null;

export function normalizeBlackout(value: unknown): Blackout {
  return value === 'black' || value === 'white' ? value : null;
}
