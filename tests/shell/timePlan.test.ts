import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides';
import { SECTIONS } from '../../slides/sections';
import { TIME_PLAN } from '../../slides/timePlan';
import { checkTimePlan, paceMinutesText, paceOf, paceText, scheduleOf } from '../../src/shell/timePlan';

describe('the time plan', () => {
  it('sums to the lecture length and budgets every section of the deck and the outline', () => {
    expect(checkTimePlan(TIME_PLAN, SLIDES)).toEqual([]);
    expect(TIME_PLAN.lengthMinutes).toBe(90);
    for (const section of SECTIONS) expect(TIME_PLAN.parts.some((part) => part.section === section.number)).toBe(true);
  });

  it('names a plan that does not fit', () => {
    expect(checkTimePlan({ lengthMinutes: 60, parts: [{ section: null, title: 'Einstieg', minutes: 10 }] }, [{ steps: 0 }, { section: 3, steps: 1 }])).toEqual([
      'Die Abschnitte ergeben 10 Minuten, geplant sind 60.',
      'Abschnitt 3 hat kein Zeitbudget.',
    ]);
  });

  const plan = {
    lengthMinutes: 10,
    parts: [
      { section: null, title: 'Einstieg', minutes: 2 },
      { section: 1, title: 'Eins', minutes: 6 },
      { section: 2, title: 'Zwei', minutes: 2 },
    ],
  };
  const slides = [{ steps: 0 }, { section: 1, steps: 2 }, { section: 2, steps: 0 }, { section: 1, steps: 2 }];

  it('spreads each budget over its views in deck order, a section visited twice included', () => {
    const schedule = scheduleOf(plan, slides);
    // Section 1 has 6 views (two slides of 3): one minute each.
    expect(schedule.views.map((v) => v.plannedStartMs / 60_000)).toEqual([0, 2, 3, 4, 5, 7, 8, 9]);
    expect(schedule.runs.map((r) => [r.partIndex, r.startMs / 60_000, r.endMs / 60_000])).toEqual([
      [0, 0, 2],
      [1, 2, 5],
      [2, 5, 7],
      [1, 7, 10],
    ]);
    // Another length scales every budget.
    expect(scheduleOf(plan, slides, 20).views.at(-1)!.plannedStartMs).toBe(18 * 60_000);
  });

  it('says how far ahead or behind the talk is', () => {
    const schedule = scheduleOf(plan, slides);
    expect(paceOf(schedule, 1, 1, 3.5 * 60_000)).toBe(0); // on the view's planned minute
    expect(paceOf(schedule, 1, 1, 2 * 60_000)).toBe(-60_000); // a minute early
    expect(paceOf(schedule, 1, 1, 6 * 60_000 + 10_000)).toBe(130_000); // stayed past the next view's time
    expect(paceText(130_000)).toBe('2:10 hinter Plan');
    expect(paceText(-65_000)).toBe('1:05 vor Plan');
    expect(paceText(20_000)).toBe('im Plan');
    // The remote page's glance, in whole minutes (rounded), from the same delta.
    expect(paceMinutesText(130_000)).toBe('2 min hinter dem Zeitplan');
    expect(paceMinutesText(-65_000)).toBe('1 min vor dem Zeitplan');
    expect(paceMinutesText(-30_000)).toBe('1 min vor dem Zeitplan');
    expect(paceMinutesText(29_999)).toBe('im Zeitplan');
    expect(paceMinutesText(150_000)).toBe('3 min hinter dem Zeitplan');
  });
});
