import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VOICE_STALL_MS, watchVoice, type VoiceMedia } from '../../../src/features/recording/voiceWatchdog';

/** A stand-in for the voice's <audio>: it plays (currentTime follows the fake clock × rate) or stands still. */
function fakeVoice() {
  const media: { -readonly [K in keyof VoiceMedia]: VoiceMedia[K] } = { currentTime: 30, ended: false, error: null, playbackRate: 1 };
  let playing = true;
  return {
    media,
    setPlaying: (value: boolean) => {
      playing = value;
    },
    /** Lets `ms` of wall time pass in 10 ms steps, the voice moving on if it plays. */
    pass: (ms: number) => {
      for (let passed = 0; passed < ms; passed += 10) {
        if (playing) media.currentTime += (10 / 1000) * media.playbackRate;
        vi.advanceTimersByTime(10);
      }
    },
  };
}

function rescueLog() {
  const calls: string[] = [];
  return {
    calls,
    rescue: {
      stalled: (value: boolean) => calls.push(value ? 'stalled' : 'plays'),
      reseek: () => calls.push('reseek'),
      reload: () => calls.push('reload'),
      failed: () => calls.push('failed'),
    },
  };
}

describe('the voice watchdog', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('leaves a voice alone that plays, at every speed', () => {
    for (const rate of [1, 1.5, 2]) {
      const voice = fakeVoice();
      voice.media.playbackRate = rate;
      const { calls, rescue } = rescueLog();
      const stop = watchVoice(voice.media, () => true, rescue);
      voice.pass(30_000);
      stop();
      expect(calls, `rate ${rate}`).toEqual([]);
      expect(voice.media.currentTime).toBeCloseTo(30 + 30 * rate, 6);
    }
  });

  it('re-seeks a voice that stands still, then reloads it, then gives up and says so, once', () => {
    const voice = fakeVoice();
    const { calls, rescue } = rescueLog();
    const stop = watchVoice(voice.media, () => true, rescue);
    voice.pass(1000);
    voice.setPlaying(false);
    voice.pass(VOICE_STALL_MS - 300);
    expect(calls).toEqual([]);
    voice.pass(300);
    expect(calls).toEqual(['stalled', 'reseek']);
    voice.pass(VOICE_STALL_MS);
    expect(calls).toEqual(['stalled', 'reseek', 'reload']);
    voice.pass(VOICE_STALL_MS);
    expect(calls).toEqual(['stalled', 'reseek', 'reload', 'failed']);
    voice.pass(60_000);
    expect(calls).toEqual(['stalled', 'reseek', 'reload', 'failed']);
    stop();
  });

  it('lets the deck follow the voice again once it plays on, and has every try for the next stall', () => {
    const voice = fakeVoice();
    const { calls, rescue } = rescueLog();
    const stop = watchVoice(voice.media, () => true, rescue);
    voice.setPlaying(false);
    voice.pass(2 * VOICE_STALL_MS + 300);
    expect(calls).toEqual(['stalled', 'reseek', 'reload']);
    voice.setPlaying(true);
    voice.pass(500);
    expect(calls).toEqual(['stalled', 'reseek', 'reload', 'plays']);
    voice.setPlaying(false);
    voice.pass(VOICE_STALL_MS + 300);
    expect(calls).toEqual(['stalled', 'reseek', 'reload', 'plays', 'stalled', 'reseek']);
    stop();
  });

  it('takes a jump of the voice (a seek) for no playing', () => {
    const voice = fakeVoice();
    const { calls, rescue } = rescueLog();
    const stop = watchVoice(voice.media, () => true, rescue);
    voice.setPlaying(false);
    voice.pass(VOICE_STALL_MS - 500);
    voice.media.currentTime += 5;
    voice.pass(600);
    expect(calls).toEqual(['stalled', 'reseek']);
    // The re-seek puts the voice 2 s on, to the deck's time; standing there is still a stall.
    voice.media.currentTime += 2;
    voice.pass(VOICE_STALL_MS);
    expect(calls).toEqual(['stalled', 'reseek', 'reload']);
    stop();
  });

  it('does nothing while the voice is not meant to play, has ended or has failed', () => {
    for (const setUp of [
      (_voice: ReturnType<typeof fakeVoice>, meant: { value: boolean }) => {
        meant.value = false;
      },
      (voice: ReturnType<typeof fakeVoice>) => {
        voice.media.ended = true;
      },
      (voice: ReturnType<typeof fakeVoice>) => {
        voice.media.error = { code: 3 } as MediaError;
      },
    ]) {
      const voice = fakeVoice();
      const meant = { value: true };
      const { calls, rescue } = rescueLog();
      const stop = watchVoice(voice.media, () => meant.value, rescue);
      voice.setPlaying(false);
      setUp(voice, meant);
      voice.pass(10 * VOICE_STALL_MS);
      expect(calls).toEqual([]);
      stop();
    }
  });

  it('stops watching when told to', () => {
    const voice = fakeVoice();
    const { calls, rescue } = rescueLog();
    const stop = watchVoice(voice.media, () => true, rescue);
    stop();
    voice.setPlaying(false);
    voice.pass(10 * VOICE_STALL_MS);
    expect(calls).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
