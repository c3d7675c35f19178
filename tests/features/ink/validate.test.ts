import { describe, expect, it } from 'vitest';
import { emptyDocument, INK_FORMAT, type Stroke } from '../../../src/features/ink/model';
import { parseInkDocument, parseInkEvent, parseInkJson, parseStroke } from '../../../src/features/ink/validate';

const good: Stroke = { id: 'w-1', slide: 'softmax', step: 1, tool: 'pen', color: 'loss', width: 4, points: [[10, 20], [30, 40, 0.5]] };

describe('ink data from outside: storage, files, other windows, recordings', () => {
  it('accepts a good stroke as it is, and keeps points inside the slide', () => {
    expect(parseStroke(good)).toEqual({ ok: true, value: good });
    const outside = parseStroke({ ...good, points: [[-5, 900], [2000, 10, 3]] });
    expect(outside.ok && outside.value.points).toEqual([[0, 768], [1366, 10, 1]]);
  });

  it.each([
    ['no object', 42, /kein Strich-Objekt/],
    ['a bad id', { ...good, id: '<img src=x onerror=alert(1)>' }, /„id“ ist keine gültige Kennung/],
    ['a bad slide id', { ...good, slide: '../../etc' }, /„slide“ ist keine Folienkennung/],
    ['a fractional step', { ...good, step: 1.5 }, /„step“/],
    ['a negative step', { ...good, step: -1 }, /„step“/],
    ['an unknown tool', { ...good, tool: 'spray' }, /„tool“/],
    ['a colour that is no ink colour', { ...good, color: '#ff0000' }, /„color“/],
    ['a NaN width', { ...good, width: Number.NaN }, /„width“/],
    ['a huge width', { ...good, width: 1e6 }, /„width“/],
    ['points that are no list', { ...good, points: 'M0 0' }, /„points“ ist keine Liste/],
    ['a point of strings', { ...good, points: [['1', '2']] }, /Punkt 1/],
    ['an infinite coordinate', { ...good, points: [[1, 2], [Infinity, 2]] }, /Punkt 2/],
    ['a point with four numbers', { ...good, points: [[1, 2, 0.5, 9]] }, /Punkt 1/],
  ])('refuses a stroke with %s, saying what is wrong in German', (_name, value, message) => {
    const parsed = parseStroke(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('leaves broken strokes and repeated ids out of a document, with one message each', () => {
    const parsed = parseInkDocument({ ...emptyDocument(), strokes: [good, { ...good, width: 'wide' }, good, { ...good, id: 'w-2' }] });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.strokes.map((s) => s.id)).toEqual(['w-1', 'w-2']);
    expect(parsed.problems).toEqual([expect.stringMatching(/^Strich 2: „width“/), expect.stringMatching(/^Strich 3: die Kennung „w-1“ kommt doppelt vor/)]);
  });

  it.each([
    ['not JSON', '{"format": ', /Kein gültiges JSON/],
    ['an array', '[]', /kein Tinte-Dokument/],
    ['another format', JSON.stringify({ format: 'excalidraw', version: 1, strokes: [] }), /„format“ ist nicht "vom-token-zur-antwort-ink"/],
    ['another version', JSON.stringify({ format: INK_FORMAT, version: 2, strokes: [] }), /Version 2 wird nicht unterstützt/],
    ['strokes that are no list', JSON.stringify({ format: INK_FORMAT, version: 1, strokes: {} }), /„strokes“ ist keine Liste/],
  ])('refuses a whole document that is %s', (_name, text, message) => {
    const parsed = parseInkJson(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('reads back what the export writes', () => {
    expect(parseInkJson(JSON.stringify(emptyDocument([good])))).toEqual({ ok: true, strokes: [good], problems: [] });
  });

  it('checks every kind of event and refuses unknown or broken ones', () => {
    for (const event of [
      { type: 'begin', stroke: good },
      { type: 'extend', id: 'w-1', points: [[1, 2]] },
      { type: 'erase', ids: ['w-1', 'w-2'] },
      { type: 'clear', slide: 'softmax' },
    ]) {
      expect(parseInkEvent(event)).toEqual({ ok: true, value: event });
    }
    for (const event of [
      null,
      'begin',
      { type: 'begin', stroke: { ...good, tool: 'laser' } },
      { type: 'extend', id: 'w-1', points: [[1, null]] },
      { type: 'erase', ids: 'w-1' },
      { type: 'erase', ids: [7] },
      { type: 'clear', slide: '' },
      { type: 'undo' },
    ]) {
      const parsed = parseInkEvent(event);
      expect(parsed.ok, JSON.stringify(event)).toBe(false);
      if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(5);
    }
  });
});
