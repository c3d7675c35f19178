/**
 * Starts the ink of this window once, when its deck is up: the saved ink is loaded, the sync with
 * the other windows starts and the recording track "ink" is registered.
 */
import { registerRecordingTrack } from '../../shell/recordingTracks';
import { browserStorage, startPersistence } from './persistence';
import { inkStore } from './store';
import { startInkSync } from './sync';
import { createInkTrack } from './track';
import { notifyInk } from './ui';

let started = false;

export function startInk(): void {
  if (started) return;
  started = true;
  startPersistence(inkStore, browserStorage(), notifyInk);
  startInkSync(inkStore, notifyInk);
  registerRecordingTrack(createInkTrack(inkStore, notifyInk));
}
