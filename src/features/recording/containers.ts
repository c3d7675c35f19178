/**
 * Which container the recorder asks for, and whether this browser can play a recording's voice.
 * Pure: the browser's answers (MediaRecorder.isTypeSupported, HTMLMediaElement.canPlayType) are
 * passed in, so the choice is unit-tested without a browser.
 */

/**
 * In order of preference: WebM/Opus (Chromium, Firefox), Ogg/Opus (Firefox), MP4/AAC (Safari,
 * WebKit, which records no Opus), then the bare containers with the browser's own codec.
 */
export const RECORDING_TYPES = [
  'audio/webm;codecs=opus',
  'audio/ogg;codecs=opus',
  'audio/mp4;codecs=mp4a.40.2',
  'audio/mp4',
  'audio/webm',
  'audio/ogg',
] as const;

/** The first type the browser records, or null when it records none of them. */
export function chooseRecordingType(isTypeSupported: (type: string) => boolean): string | null {
  return RECORDING_TYPES.find((type) => isTypeSupported(type)) ?? null;
}

/** "WebM/Opus", "Ogg/Opus", "MP4/AAC": the container and codec a person recognises. */
export function containerLabel(mimeType: string): string {
  const [base, ...parameters] = mimeType.toLowerCase().split(';').map((part) => part.trim());
  const codecs = parameters.find((p) => p.startsWith('codecs='))?.slice('codecs='.length).replace(/"/g, '') ?? '';
  const container = { 'audio/webm': 'WebM', 'audio/ogg': 'Ogg', 'audio/mp4': 'MP4', 'audio/x-m4a': 'MP4' }[base] ?? base;
  const codec = codecs.startsWith('opus') ? 'Opus' : codecs.startsWith('mp4a') ? 'AAC' : codecs.startsWith('vorbis') ? 'Vorbis' : base === 'audio/mp4' ? 'AAC' : '';
  return codec ? `${container}/${codec}` : container;
}

/**
 * Null when the browser can (or probably can) play the voice; otherwise the German message for the
 * player: what cannot be played and what to do.
 */
export function playbackProblem(mimeType: string, canPlayType: (type: string) => string): string | null {
  if (canPlayType(mimeType) !== '') return null;
  const label = containerLabel(mimeType);
  return `Dieser Browser kann die Tonspur dieser Aufzeichnung (${label}) nicht abspielen. Folien und Demos laufen ohne Ton; für den Ton die Aufzeichnung bitte in einem aktuellen Chrome, Edge, Firefox oder Safari öffnen.`;
}

/** The German message for an <audio> error (MediaError.code), shown with „Erneut versuchen“. */
export function voiceErrorMessage(code: number | undefined): string {
  if (code === 3 || code === 4) {
    return 'Der Ton dieser Aufzeichnung lässt sich hier nicht abspielen: die Tonspur ist beschädigt oder in einem Format, das dieser Browser nicht liest. Folien und Demos laufen ohne Ton weiter.';
  }
  return 'Der Ton der Aufzeichnung ist stehen geblieben. Folien und Demos laufen ohne Ton weiter.';
}
