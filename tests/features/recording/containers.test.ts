import { describe, expect, it } from 'vitest';
import { chooseRecordingType, containerLabel, playbackProblem, voiceErrorMessage } from '../../../src/features/recording/containers';

// What each engine answered to MediaRecorder.isTypeSupported (Chromium 1xx, Firefox ESR, WebKitGTK 2.50).
const chromium = new Set(['audio/webm', 'audio/webm;codecs=opus']);
const firefox = new Set(['audio/webm', 'audio/webm;codecs=opus', 'audio/ogg', 'audio/ogg;codecs=opus']);
const webkit = new Set(['audio/mp4', 'audio/mp4;codecs=mp4a.40.2']);

describe('the recording container', () => {
  it('asks each engine for the container it records well', () => {
    expect(chooseRecordingType((t) => chromium.has(t))).toBe('audio/webm;codecs=opus');
    expect(chooseRecordingType((t) => firefox.has(t))).toBe('audio/webm;codecs=opus');
    expect(chooseRecordingType((t) => firefox.has(t) && t.startsWith('audio/ogg'))).toBe('audio/ogg;codecs=opus');
    expect(chooseRecordingType((t) => webkit.has(t))).toBe('audio/mp4;codecs=mp4a.40.2');
    expect(chooseRecordingType((t) => t === 'audio/mp4')).toBe('audio/mp4');
    expect(chooseRecordingType(() => false)).toBeNull();
  });

  it('names containers as a person recognises them', () => {
    expect(containerLabel('audio/webm;codecs=opus')).toBe('WebM/Opus');
    expect(containerLabel('audio/ogg; codecs="opus"')).toBe('Ogg/Opus');
    expect(containerLabel('audio/mp4; codecs=mp4a.40.2')).toBe('MP4/AAC');
    expect(containerLabel('audio/mp4')).toBe('MP4/AAC');
    expect(containerLabel('audio/webm')).toBe('WebM');
  });

  it('tells in German what cannot be played and what to do, and is silent when it can', () => {
    expect(playbackProblem('audio/webm;codecs=opus', () => 'probably')).toBeNull();
    expect(playbackProblem('audio/mp4', () => 'maybe')).toBeNull();
    const message = playbackProblem('audio/ogg;codecs=opus', () => '');
    expect(message).toMatch(/kann die Tonspur dieser Aufzeichnung \(Ogg\/Opus\) nicht abspielen/);
    expect(message).toMatch(/bitte in einem aktuellen Chrome, Edge, Firefox oder Safari öffnen/);
  });

  it('words an audio error by its kind', () => {
    expect(voiceErrorMessage(3)).toMatch(/beschädigt oder in einem Format/);
    expect(voiceErrorMessage(4)).toMatch(/beschädigt oder in einem Format/);
    expect(voiceErrorMessage(2)).toMatch(/stehen geblieben/);
    expect(voiceErrorMessage(undefined)).toMatch(/stehen geblieben/);
  });
});
