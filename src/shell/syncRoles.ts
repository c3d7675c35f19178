/**
 * Who follows whom between the windows of one deck (BroadcastChannel sync, src/shell/useDeckSync.ts).
 *
 * - presenter: a window opened with `?presenterMode=true`. It follows views from every window (a
 *   clicker pressed at the projector's window still moves it) and its views drive the audience.
 * - audience: every other slide window. It follows only views sent by a presenter, never those of
 *   another ordinary window: two tabs of a student do not pull each other along.
 * - reader: the reading view (`?view=read`). It neither sends nor follows views; it shares only the
 *   demo state (slider positions, training), like every window.
 *
 * A window opened with a deep link (slideIndex/stepIndex in the query) keeps its own view on start:
 * it does not take the view of the windows that answer its hello, only their demo state.
 */

import { parseModes } from './modes';

export type SyncRole = 'presenter' | 'audience' | 'reader';

/** The role of a slide window: the presenter view (src/shell/modes.ts) is the presenter. */
export function syncRoleOf(search: string): 'presenter' | 'audience' {
  return parseModes(search).mode === 'presenter' ? 'presenter' : 'audience';
}

/** True when a window of role `self` moves to a view sent by a window of role `from`. */
export function followsViewFrom(self: SyncRole, from: SyncRole): boolean {
  if (self === 'reader' || from === 'reader') return false;
  return self === 'presenter' || from === 'presenter';
}

/**
 * True when a window takes the view of a snapshot (the answer to its hello) from a window of role
 * `from`: never when it was opened with a deep link, else by the same rule as live views.
 */
export function takesSnapshotView(self: SyncRole, from: SyncRole, openedWithDeepLink: boolean): boolean {
  return !openedWithDeepLink && followsViewFrom(self, from);
}

/**
 * True when a window sends its view changes: a presenter every change after its start (it drives
 * the audience, also with views it took from a clicker at another window); an audience window only
 * the changes its own user made (a recent key press, click or touch), so nothing bounces back and
 * forth; a reader never.
 */
export function sendsView(self: SyncRole, causedHere: boolean): boolean {
  if (self === 'reader') return false;
  return self === 'presenter' || causedHere;
}
