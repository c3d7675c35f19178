import { BLACKOUT_KEY, normalizeBlackout, type Blackout } from './blackout';
import { useSharedState } from './useSharedState';

/** The black or white screen, shared by every window of the deck (see ./blackout). */
export function useBlackout(): [Blackout, (next: Blackout) => void] {
  const [raw, set] = useSharedState<Blackout>(BLACKOUT_KEY, null);
  return [normalizeBlackout(raw), set];
}
