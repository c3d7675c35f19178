/**
 * Watches the voice while the replay plays. WebKitGTK's GStreamer pipeline may finish a seek
 * (`seeked`, readyState 3, not paused, no error) and then not play on: currentTime stands still.
 * The player takes the voice as its clock, so the deck would stand still with it. The watchdog
 * notices the stall, lets the deck run on the wall clock, seeks the voice to the deck's time, then
 * reloads it there, and only when that fails too tells the student.
 */

/** What the watchdog reads of the voice's media element. */
export type VoiceMedia = Pick<HTMLMediaElement, 'currentTime' | 'ended' | 'error' | 'playbackRate'>;

/** What the player does on the watchdog's word. */
export type VoiceRescue = {
  /** The voice stalls (true) or plays on again (false); while it stalls, the deck runs on the wall clock. */
  stalled(stalled: boolean): void;
  /** First try: seek the voice to the deck's time. */
  reseek(): void;
  /** Second try: load the voice anew and put it at the deck's time. */
  reload(): void;
  /** Both tries failed. */
  failed(): void;
};

/** The voice stands still this long while it should play: a stall (a seek on a quiet machine takes ~50 ms). */
export const VOICE_STALL_MS = 2000;
/** How often the watchdog looks. */
const CHECK_MS = 250;
/** Playing advances currentTime by the wall time × rate; this much more is a jump (a seek), not play. */
const PLAY_SLACK_S = 0.25;

export const VOICE_STALLED_MESSAGE =
  'Der Ton hängt: Der Browser spielt ihn auch nach erneutem Laden nicht weiter. Folien, Schritte und Demos laufen ohne Ton weiter.';

/**
 * Starts watching `media` while the replay plays; `shouldPlay` says whether the voice is meant to
 * play now (not while the player waits for the repaired voice, nor when the browser blocked it).
 * Every start has all three tries. Returns the function that stops the watch.
 */
export function watchVoice(media: VoiceMedia, shouldPlay: () => boolean, rescue: VoiceRescue, stallMs = VOICE_STALL_MS): () => void {
  let last = media.currentTime;
  let lastAt = Date.now();
  let stillSince = lastAt;
  /** Tries made since the voice last played: 0 none, 1 re-seeked, 2 reloaded, 3 gave up. */
  let tries = 0;
  let stalled = false;
  const setStalled = (value: boolean) => {
    if (stalled === value) return;
    stalled = value;
    rescue.stalled(value);
  };
  const timer = setInterval(() => {
    const now = Date.now();
    const time = media.currentTime;
    const played = time > last && time - last <= ((now - lastAt) / 1000) * media.playbackRate + PLAY_SLACK_S;
    last = time;
    lastAt = now;
    // Not meant to play now, or it cannot (its error is told elsewhere): no stall.
    if (!shouldPlay() || media.ended || media.error) {
      stillSince = now;
      return;
    }
    // Only playing ends a stall: a paused voice (a reload pauses it) stands still too.
    if (played) {
      stillSince = now;
      tries = 0;
      setStalled(false);
      return;
    }
    if (tries >= 3 || now - stillSince < stallMs) return;
    setStalled(true);
    tries += 1;
    stillSince = now;
    if (tries === 1) rescue.reseek();
    else if (tries === 2) rescue.reload();
    else rescue.failed();
  }, CHECK_MS);
  return () => clearInterval(timer);
}
