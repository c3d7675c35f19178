import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cuesAt, parseVtt, plainCueText, searchCues, VttError } from '../../../src/features/recording/vtt';

const SAMPLE = [
  'WEBVTT - Vorlesung 1',
  'Kind: captions',
  '',
  'NOTE erstellt mit einem Spracherkenner',
  'über mehrere Zeilen',
  '',
  '1',
  '00:00:01.000 --> 00:00:04.500 line:90% align:center',
  'Guten Morgen, heute geht es um',
  '<v Dozentin>Large Language Models</v>.',
  '',
  '01:02:03.250 --> 01:02:05.000',
  'Die Temperatur beträgt 0,7 &amp; mehr',
  '',
].join('\n');

describe('the WebVTT parser', () => {
  it('reads cues with hours, identifiers, settings, notes and voice tags (hand-worked times)', () => {
    expect(parseVtt(SAMPLE)).toEqual([
      { startMs: 1000, endMs: 4500, text: 'Guten Morgen, heute geht es um\nLarge Language Models.' },
      // 1 h 2 min 3,25 s = 3600000 + 120000 + 3250
      { startMs: 3_723_250, endMs: 3_725_000, text: 'Die Temperatur beträgt 0,7 & mehr' },
    ]);
  });

  it('accepts CRLF line ends, a byte order mark and minutes-only times', () => {
    const text = '\uFEFFWEBVTT\r\n\r\n00:59.999 --> 01:00.000\r\nkurz\r\n';
    expect(parseVtt(text)).toEqual([{ startMs: 59_999, endMs: 60_000, text: 'kurz' }]);
  });

  it('turns markup into text: a <script> or <b> in a cue is never HTML', () => {
    const [cue] = parseVtt('WEBVTT\n\n00:00.000 --> 00:01.000\n<b>fett</b> <script>alert(1)</script>&lt;i&gt; &#228;&#x00FC;\n');
    expect(cue.text).toBe('fett alert(1)<i> äü');
    expect(plainCueText('a <unclosed')).toBe('a ');
    expect(plainCueText('&unbekannt; &#0;')).toBe('&unbekannt; &#0;');
  });

  const broken: [string, string, number | null, RegExp][] = [
    ['no header', '00:00.000 --> 00:01.000\nText\n', 1, /beginnt mit „WEBVTT“/],
    ['a header glued to a word', 'WEBVTTX\n', 1, /WEBVTT/],
    ['an SRT comma', 'WEBVTT\n\n1\n00:00:01,000 --> 00:00:02,000\nText\n', 4, /Komma.*„00:00:01.000“.*SRT/],
    ['a broken time', 'WEBVTT\n\n00:00.000 --> 00:0x.000\nText\n', 3, /„00:0x.000“ ist keine Zeitangabe/],
    ['sixty seconds', 'WEBVTT\n\n00:60.000 --> 01:01.000\nText\n', 3, /keine Zeitangabe/],
    ['an end before the start', 'WEBVTT\n\nNOTE x\n\n00:05.000 --> 00:04.000\nText\n', 5, /endet .* nicht nach seinem Anfang/],
    ['text without a time', 'WEBVTT\n\n00:00.000 --> 00:01.000\nA\n\nnur Text\n', 6, /erwartet eine Zeitangabe/],
    ['an identifier without a time', 'WEBVTT\n\nkapitel-1\nnur Text\n', 4, /gefunden „nur Text“/],
    ['two cues without a blank line', 'WEBVTT\n\n00:00.000 --> 00:01.000\nA\n00:01.000 --> 00:02.000\nB\n', 5, /Leerzeile/],
  ];
  it.each(broken)('rejects %s with a German message naming the line', (_name, text, line, message) => {
    let error: unknown;
    try {
      parseVtt(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(VttError);
    expect((error as VttError).line).toBe(line);
    expect((error as VttError).message).toMatch(message);
    if (line !== null) expect((error as VttError).message).toMatch(new RegExp(`^Untertitel, Zeile ${line}:`));
  });

  it('round-trips random cues written by an independent formatter', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const stamp = (ms: number) => `${pad(Math.floor(ms / 3_600_000), 2)}:${pad(Math.floor(ms / 60_000) % 60, 2)}:${pad(Math.floor(ms / 1000) % 60, 2)}.${pad(ms % 1000, 3)}`;
    const cue = fc
      .record({ start: fc.integer({ min: 0, max: 20_000_000 }), length: fc.integer({ min: 1, max: 10_000 }), text: fc.stringMatching(/^[A-Za-zäöüß0-9 ,.!?]{1,30}$/) })
      .filter((c) => c.text.trim() !== '');
    fc.assert(
      fc.property(fc.array(cue, { maxLength: 20 }), (list) => {
        const text = ['WEBVTT', '', ...list.flatMap((c) => [`${stamp(c.start)} --> ${stamp(c.start + c.length)}`, c.text, ''])].join('\n');
        const expected = list
          .map((c) => ({ startMs: c.start, endMs: c.start + c.length, text: c.text.trim() }))
          .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
        expect(parseVtt(text)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws anything but a VttError, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (tail) => {
        try {
          parseVtt(`WEBVTT\n\n${tail}`);
        } catch (error) {
          expect(error).toBeInstanceOf(VttError);
        }
      }),
    );
  });

  it('finds the cues at a time and by search', () => {
    const cues = parseVtt('WEBVTT\n\n00:01.000 --> 00:03.000\nAttention\n\n00:02.000 --> 00:04.000\nÜberlappung\n\n00:05.000 --> 00:06.000\nSoftmax\n');
    expect(cuesAt(cues, 999).map((c) => c.text)).toEqual([]);
    expect(cuesAt(cues, 2500).map((c) => c.text)).toEqual(['Attention', 'Überlappung']);
    expect(cuesAt(cues, 3000).map((c) => c.text)).toEqual(['Überlappung']);
    expect(searchCues(cues, 'überlapp')).toEqual([1]);
    expect(searchCues(cues, '  SOFT ')).toEqual([2]);
    expect(searchCues(cues, '')).toEqual([0, 1, 2]);
    expect(searchCues(cues, 'nichts')).toEqual([]);
  });
});
