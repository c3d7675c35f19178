import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRateLimit, HALL_LIMITS, parseLecturerFrame, parseRelayFrame } from '../../../src/features/hall/protocol';

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
