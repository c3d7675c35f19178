/**
 * WebVTT captions for a recording (from any speech-to-text tool). Pure: a parser of its own, strict
 * where a mistake would show wrong captions (times), lenient where the file only carries styling
 * (cue settings, STYLE/REGION/NOTE blocks, tags). Cue text comes out as plain text: tags are dropped
 * and character references decoded, so the player shows it as text and never as HTML.
 */

export interface Cue {
  /** Milliseconds on the voice's clock. */
  readonly startMs: number;
  readonly endMs: number;
  /** Plain text; lines joined by "\n". */
  readonly text: string;
}

/** A file that is not valid WebVTT: the message is German and names the line. */
export class VttError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(line === null ? message : `Untertitel, Zeile ${line}: ${message}`);
    this.name = 'VttError';
  }
}

/** Captions larger than this are refused (a 90-minute lecture's captions are about 150 kB). */
export const MAX_VTT_CHARS = 5_000_000;

const TIMESTAMP = /^(?:(\d{2,}):)?(\d{2}):(\d{2})\.(\d{3})$/;

/** "01:02:03.456" or "02:03.456" in ms; null when it is not a WebVTT timestamp. */
function parseTimestamp(text: string): number | null {
  const match = TIMESTAMP.exec(text);
  if (!match) return null;
  const [, hours, minutes, seconds, millis] = match;
  if (Number(minutes) > 59 || Number(seconds) > 59) return null;
  return ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + Number(millis);
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f', quot: '"', apos: "'" };

/** Cue text without tags, character references decoded: what a reader sees. */
export function plainCueText(raw: string): string {
  return raw
    .replace(/<[^>]*>?/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

function describeTiming(line: string, lineNumber: number): { startMs: number; endMs: number } {
  const [left, right] = line.split('-->');
  const startText = left.trim();
  const endText = (right ?? '').trim().split(/[ \t]+/)[0] ?? '';
  for (const text of [startText, endText]) {
    if (text.includes(',') && parseTimestamp(text.replace(',', '.')) !== null) {
      throw new VttError(`„${text}“ hat ein Komma vor den Millisekunden; WebVTT schreibt einen Punkt („${text.replace(',', '.')}“). Ist das eine SRT-Datei?`, lineNumber);
    }
  }
  const startMs = parseTimestamp(startText);
  const endMs = parseTimestamp(endText);
  if (startMs === null || endMs === null) {
    const bad = startMs === null ? startText : endText;
    throw new VttError(`„${bad.slice(0, 40)}“ ist keine Zeitangabe (erwartet wie „00:01:02.500“ oder „01:02.500“).`, lineNumber);
  }
  if (endMs <= startMs) throw new VttError(`der Untertitel endet (${endText}) nicht nach seinem Anfang (${startText}).`, lineNumber);
  return { startMs, endMs };
}

/** Parses WebVTT text; throws VttError with a German message naming the line. */
export function parseVtt(input: string): Cue[] {
  if (input.length > MAX_VTT_CHARS) throw new VttError('Die Untertiteldatei ist zu groß (mehr als 5 Millionen Zeichen).', null);
  const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^WEBVTT([ \t].*)?$/.test(lines[0] ?? '')) {
    throw new VttError('Eine WebVTT-Datei beginnt mit „WEBVTT“. Bitte die Untertitel als .vtt exportieren.', 1);
  }
  const cues: Cue[] = [];
  let i = 1;
  // The header runs to the first blank line.
  while (i < lines.length && lines[i].trim() !== '') i += 1;
  while (i < lines.length) {
    while (i < lines.length && lines[i].trim() === '') i += 1;
    if (i >= lines.length) break;
    const blockStart = i;
    const block: string[] = [];
    while (i < lines.length && lines[i].trim() !== '') block.push(lines[i++]);
    if (/^(NOTE|STYLE|REGION)([ \t]|$)/.test(block[0])) continue;
    // An optional identifier, then the timing line.
    const timingIndex = block[0].includes('-->') ? 0 : 1;
    const timing = block[timingIndex];
    if (timing === undefined || !timing.includes('-->')) {
      throw new VttError(`erwartet eine Zeitangabe wie „00:00:01.000 --> 00:00:03.500“, gefunden „${(timing ?? block[0]).slice(0, 40)}“.`, blockStart + 1 + (timing === undefined ? 0 : timingIndex));
    }
    const { startMs, endMs } = describeTiming(timing, blockStart + 1 + timingIndex);
    const textLines = block.slice(timingIndex + 1);
    const arrow = textLines.findIndex((line) => line.includes('-->'));
    if (arrow >= 0) {
      throw new VttError('zwei Zeitangaben ohne Leerzeile dazwischen: vor jedem Untertitel steht eine Leerzeile.', blockStart + 1 + timingIndex + 1 + arrow);
    }
    const text = textLines.map(plainCueText).join('\n').trim();
    if (text !== '') cues.push({ startMs, endMs, text });
  }
  return cues.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
}

/** The cues showing at `t` ms (overlapping cues are all shown, in start order). */
export function cuesAt(cues: readonly Cue[], t: number): Cue[] {
  return cues.filter((cue) => cue.startMs <= t && t < cue.endMs);
}

/** Indices of the cues whose text contains the query (case-insensitive, German lowercase). */
export function searchCues(cues: readonly Cue[], query: string): number[] {
  const needle = query.trim().toLocaleLowerCase('de');
  if (needle === '') return cues.map((_, index) => index);
  return cues.flatMap((cue, index) => (cue.text.toLocaleLowerCase('de').includes(needle) ? [index] : []));
}
