import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRateLimit, HALL_LIMITS, parseLecturerFrame, parseRelayFrame } from '../../../src/features/hall/protocol';
import { SLIDE_SIZE } from '../../../src/theme/slideSize';

/** A stroke's begin message with these points (everything else valid). */
const beginWith = (points: unknown[]) =>
  JSON.stringify({ type: 'ink', event: { type: 'begin', stroke: { id: 'w1-1', slide: 'title', step: 0, tool: 'pen', color: 'target', width: 4, points } } });
const extendWith = (points: unknown[]) => JSON.stringify({ type: 'ink', event: { type: 'extend', id: 'w1-1', points } });
const onSlide = fc.tuple(fc.double({ min: 0, max: SLIDE_SIZE.width, noNaN: true }), fc.double({ min: 0, max: SLIDE_SIZE.height, noNaN: true }));

describe('the hall protocol', () => {
  it('takes a view, a state value, a command and an ink event as they are', () => {
    expect(parseLecturerFrame('{"type":"view","view":{"slideIndex":3,"stepIndex":1}}')).toEqual({ ok: true, message: { type: 'view', view: { slideIndex: 3, stepIndex: 1 } } });
    expect(parseLecturerFrame('{"type":"state","key":"tinyGpt.prompt","value":"Paris ist"}')).toEqual({ ok: true, message: { type: 'state', key: 'tinyGpt.prompt', value: 'Paris ist' } });
    expect(parseLecturerFrame('{"type":"command","command":"next"}').ok).toBe(true);
    expect(parseLecturerFrame(JSON.stringify({ type: 'ink', event: { type: 'clear', slide: 'title' } })).ok).toBe(true);
  });

  it('drops extra fields of a view (only the two indices travel on)', () => {
    const checked = parseLecturerFrame('{"type":"view","view":{"slideIndex":1,"stepIndex":0,"html":"<img onerror=x>"},"x":1}');
    expect(checked).toEqual({ ok: true, message: { type: 'view', view: { slideIndex: 1, stepIndex: 0 } } });
  });

  it.each([
    ['not JSON', '{type:view'],
    ['an array', '[]'],
    ['an unknown type', '{"type":"eval","code":"1"}'],
    ['a negative slide', '{"type":"view","view":{"slideIndex":-1,"stepIndex":0}}'],
    ['a fractional step', '{"type":"view","view":{"slideIndex":1,"stepIndex":0.5}}'],
    ['a string index', '{"type":"view","view":{"slideIndex":"1","stepIndex":0}}'],
    ['a slide past the limit', `{"type":"view","view":{"slideIndex":${HALL_LIMITS.slideIndex + 1},"stepIndex":0}}`],
    ['a key with markup', '{"type":"state","key":"<b>","value":1}'],
    ['a state without value (undefined)', '{"type":"state","key":"a.b"}'],
    ['an unknown command', '{"type":"command","command":"jump"}'],
    ['a broken ink event', '{"type":"ink","event":{"type":"clear"}}'],
  ])('drops %s', (_name, frame) => {
    expect(parseLecturerFrame(frame).ok).toBe(false);
  });

  it('drops a frame over the size limit, counted in UTF-8 bytes (ä is two)', () => {
    const value = 'ä'.repeat(HALL_LIMITS.messageBytes / 2);
    const frame = JSON.stringify({ type: 'state', key: 'a', value });
    expect(frame.length).toBeLessThan(HALL_LIMITS.messageBytes + 100);
    expect(parseLecturerFrame(frame)).toEqual({ ok: false, reason: 'Nachricht zu groß' });
  });

  it('drops a state value over its own limit, and one deeper than plain data', () => {
    expect(parseLecturerFrame(JSON.stringify({ type: 'state', key: 'a', value: 'x'.repeat(HALL_LIMITS.stateBytes) }))).toEqual({ ok: false, reason: 'Zustandswert zu groß' });
    const deep = JSON.parse('['.repeat(10) + ']'.repeat(10));
    expect(parseLecturerFrame(JSON.stringify({ type: 'state', key: 'a', value: deep })).ok).toBe(false);
  });

  it('never throws, whatever arrives (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const lecturer = parseLecturerFrame(text);
        const relay = parseRelayFrame(text);
        return typeof lecturer.ok === 'boolean' && typeof relay.ok === 'boolean';
      }),
    );
  });

  it('accepts every valid view and keeps it exactly (property)', () => {
    fc.assert(
      fc.property(fc.nat(HALL_LIMITS.slideIndex), fc.nat(HALL_LIMITS.stepIndex), (slideIndex, stepIndex) => {
        const checked = parseRelayFrame(JSON.stringify({ type: 'view', view: { slideIndex, stepIndex } }));
        return checked.ok && checked.message.type === 'view' && checked.message.view.slideIndex === slideIndex && checked.message.view.stepIndex === stepIndex;
      }),
    );
  });

  it('takes a welcome only with an http(s) address without markup', () => {
    expect(parseRelayFrame('{"type":"welcome","role":"follower","followUrl":"http://10.0.0.2:4173/?hall=follow","run":"abc"}').ok).toBe(true);
    expect(parseRelayFrame('{"type":"welcome","role":"follower","followUrl":"javascript:alert(1)"}').ok).toBe(false);
    expect(parseRelayFrame('{"type":"welcome","role":"follower","followUrl":"http://x/\\"><script>"}').ok).toBe(false);
    expect(parseRelayFrame('{"type":"welcome","role":"admin","followUrl":"http://x/","run":"abc"}').ok).toBe(false);
    expect(parseRelayFrame('{"type":"welcome","role":"follower","followUrl":"http://x/"}').ok).toBe(false);
  });

  it('takes ink from the relay only with its number in the run (a positive integer)', () => {
    const event = { type: 'clear', slide: 'title' };
    expect(parseRelayFrame(JSON.stringify({ type: 'ink', event, seq: 3 }))).toEqual({ ok: true, message: { type: 'ink', event, seq: 3 } });
    for (const seq of [undefined, 0, -1, 1.5, '3']) expect(parseRelayFrame(JSON.stringify({ type: 'ink', event, seq })).ok).toBe(false);
  });

  it('takes ink whose points lie on the slide, up to the points of one message, unchanged (property)', () => {
    fc.assert(
      fc.property(fc.array(onSlide, { minLength: 1, maxLength: HALL_LIMITS.inkPoints }), fc.boolean(), (points, begin) => {
        const checked = parseLecturerFrame(begin ? beginWith(points) : extendWith(points));
        if (!checked.ok || checked.message.type !== 'ink') return false;
        const event = checked.message.event;
        const got = event.type === 'begin' ? event.stroke.points : event.type === 'extend' ? event.points : [];
        // -0 is on the slide and travels as 0 (JSON has no negative zero).
        return JSON.stringify(got) === JSON.stringify(points);
      }),
    );
  });

  it('drops ink with a point off the slide or not finite, wherever it sits in the stroke (property)', () => {
    const off = fc.oneof(
      fc.tuple(fc.double({ min: -1e9, max: -1e-6, noNaN: true }), fc.constant(10)),
      fc.tuple(fc.double({ min: SLIDE_SIZE.width + 1e-6, max: 1e9, noNaN: true }), fc.constant(10)),
      fc.tuple(fc.constant(10), fc.double({ min: -1e9, max: -1e-6, noNaN: true })),
      fc.tuple(fc.constant(10), fc.double({ min: SLIDE_SIZE.height + 1e-6, max: 1e9, noNaN: true })),
      fc.tuple(fc.constant(10), fc.constant(10), fc.double({ min: 1 + 1e-6, max: 1e9, noNaN: true })),
    );
    fc.assert(
      fc.property(fc.array(onSlide, { maxLength: 20 }), off, fc.nat(), fc.boolean(), (points, bad, at, begin) => {
        const all: unknown[] = [...points];
        all.splice(at % (points.length + 1), 0, bad);
        return !parseLecturerFrame(begin ? beginWith(all) : extendWith(all)).ok;
      }),
    );
    // NaN and Infinity are no JSON numbers: they arrive as null, or as a string.
    for (const bad of [[null, 1], ['1', 1], [1, Infinity], [1, 2, 3, 4], [1]]) expect(parseLecturerFrame(extendWith([[1, 1], bad])).ok).toBe(false);
  });

  it('drops ink with more points or ids than one message carries', () => {
    const many = Array.from({ length: HALL_LIMITS.inkPoints + 1 }, (_, i): [number, number] => [i % SLIDE_SIZE.width, 1]);
    expect(parseLecturerFrame(extendWith(many.slice(1))).ok).toBe(true);
    expect(parseLecturerFrame(extendWith(many))).toEqual({ ok: false, reason: `Tinte ungültig: zu viele Punkte (${HALL_LIMITS.inkPoints + 1}, höchstens ${HALL_LIMITS.inkPoints})` });
    expect(parseLecturerFrame(beginWith(many)).ok).toBe(false);
    const ids = Array.from({ length: HALL_LIMITS.inkIds + 1 }, (_, i) => `w-${i}`);
    expect(parseLecturerFrame(JSON.stringify({ type: 'ink', event: { type: 'erase', ids: ids.slice(1) } })).ok).toBe(true);
    expect(parseLecturerFrame(JSON.stringify({ type: 'ink', event: { type: 'erase', ids } })).ok).toBe(false);
  });

  it('takes an ink reset from the lecturer, and from the relay only with its number', () => {
    expect(parseLecturerFrame('{"type":"ink-reset","x":1}')).toEqual({ ok: true, message: { type: 'ink-reset' } });
    expect(parseRelayFrame('{"type":"ink-reset","seq":5}')).toEqual({ ok: true, message: { type: 'ink-reset', seq: 5 } });
    expect(parseRelayFrame('{"type":"ink-reset"}').ok).toBe(false);
  });

  it('takes `at` (the points a stroke had before) only on an extend, as a point count', () => {
    const extend = { type: 'extend', id: 'w1-1', points: [[1, 2]] };
    expect(parseLecturerFrame(JSON.stringify({ type: 'ink', event: extend, at: 200 }))).toEqual({ ok: true, message: { type: 'ink', event: extend, at: 200 } });
    expect(parseRelayFrame(JSON.stringify({ type: 'ink', event: extend, at: 0, seq: 4 }))).toEqual({ ok: true, message: { type: 'ink', event: extend, at: 0, seq: 4 } });
    for (const at of [-1, 1.5, '200', null, 10_001]) expect(parseLecturerFrame(JSON.stringify({ type: 'ink', event: extend, at })).ok).toBe(false);
    expect(parseLecturerFrame(JSON.stringify({ type: 'ink', event: { type: 'clear', slide: 'title' }, at: 0 })).ok).toBe(false);
  });

  it('takes the presenter’s stopwatch within its bounds, and nothing else in it', () => {
    const clock = { elapsedMs: 754_000, running: true, lengthMinutes: 90 };
    expect(parseLecturerFrame(JSON.stringify({ type: 'clock', clock: { ...clock, extra: '<b>' } }))).toEqual({ ok: true, message: { type: 'clock', clock } });
    for (const bad of [
      { ...clock, elapsedMs: -1 },
      { ...clock, elapsedMs: HALL_LIMITS.elapsedMs + 1 },
      { ...clock, elapsedMs: '754000' },
      { ...clock, running: 'yes' },
      { ...clock, lengthMinutes: 0 },
      { ...clock, lengthMinutes: HALL_LIMITS.lengthMinutes.max + 1 },
      { elapsedMs: 1, running: false },
      null,
    ]) {
      expect(parseLecturerFrame(JSON.stringify({ type: 'clock', clock: bad }))).toEqual({ ok: false, reason: 'Stoppuhr ungültig' });
    }
  });

  it('limits the rate: a burst, then one message per 1/rate seconds', () => {
    let time = 0;
    const limit = createRateLimit(10, 5, () => time);
    const burst = Array.from({ length: 8 }, () => limit.take());
    expect(burst).toEqual([true, true, true, true, true, false, false, false]);
    time = 99;
    expect(limit.take()).toBe(false);
    time = 100;
    expect(limit.take()).toBe(true);
    expect(limit.take()).toBe(false);
  });
});
