/**
 * Pacing the lecture against its time plan (slides/timePlan.ts): each part's budget is spread over
 * the views (slide and step) of its slides, so every view has a planned time; the presenter view
 * compares the elapsed time with the planned time of the view on screen. Pure.
 */

export interface TimePlanPart {
  /** Outline section, or null for the opening (slides without a section: title, agenda). */
  readonly section: number | null;
  /** Short name for the plan bar. */
  readonly title: string;
  readonly minutes: number;
}

export interface TimePlan {
  readonly lengthMinutes: number;
  readonly parts: readonly TimePlanPart[];
}

type SlideShape = { readonly section?: number; readonly steps: number };

/** Problems with a plan against a deck (German), empty when the plan fits. */
export function checkTimePlan(plan: TimePlan, slides: readonly SlideShape[]): string[] {
  const problems: string[] = [];
  const sum = plan.parts.reduce((total, part) => total + part.minutes, 0);
  if (Math.abs(sum - plan.lengthMinutes) > 1e-9) problems.push(`Die Abschnitte ergeben ${sum} Minuten, geplant sind ${plan.lengthMinutes}.`);
  const planned = new Set(plan.parts.map((part) => part.section));
  for (const slide of slides) {
    const section = slide.section ?? null;
    if (!planned.has(section)) problems.push(`Abschnitt ${section ?? 'Einstieg'} hat kein Zeitbudget.`);
  }
  for (const part of plan.parts) {
    if (!(part.minutes >= 0) || !Number.isFinite(part.minutes)) problems.push(`„${part.title}“: ungültige Minutenzahl.`);
  }
  return [...new Set(problems)];
}

export interface PlannedView {
  readonly slideIndex: number;
  readonly stepIndex: number;
  readonly partIndex: number;
  /** When the view should come on screen (ms after the start). */
  readonly plannedStartMs: number;
}

export interface PlanSchedule {
  readonly lengthMs: number;
  readonly views: readonly PlannedView[];
  /** Each part's share of the (scaled) length, in plan order, with its planned start and end. */
  readonly parts: readonly { readonly part: TimePlanPart; readonly startMs: number; readonly endMs: number }[];
  /**
   * The bar: runs of consecutive views of one part, in deck order, with their planned times (a
   * section that the deck visits twice is two runs).
   */
  readonly runs: readonly PlanRun[];
}

export interface PlanRun {
  readonly partIndex: number;
  readonly startMs: number;
  readonly endMs: number;
  /** Index into `views` of the run's first view and one past its last. */
  readonly from: number;
  readonly to: number;
}

/**
 * The planned time of every view, for a lecture of `lengthMinutes` (the plan's budgets scale to it).
 * A part's budget is spread evenly over its views in deck order; a slide whose section also appears
 * elsewhere in the deck takes its share where it stands.
 */
export function scheduleOf(plan: TimePlan, slides: readonly SlideShape[], lengthMinutes = plan.lengthMinutes): PlanSchedule {
  const planSum = plan.parts.reduce((total, part) => total + part.minutes, 0) || 1;
  const scale = (lengthMinutes * 60_000) / planSum;
  const partIndexOf = (section: number | null) => plan.parts.findIndex((part) => part.section === section);
  const viewsPerPart = plan.parts.map(() => 0);
  for (const slide of slides) {
    const index = partIndexOf(slide.section ?? null);
    if (index >= 0) viewsPerPart[index] += slide.steps + 1;
  }
  const views: PlannedView[] = [];
  let clock = 0;
  slides.forEach((slide, slideIndex) => {
    const partIndex = partIndexOf(slide.section ?? null);
    const perView = partIndex >= 0 && viewsPerPart[partIndex] > 0 ? (plan.parts[partIndex].minutes * scale) / viewsPerPart[partIndex] : 0;
    for (let stepIndex = 0; stepIndex <= slide.steps; stepIndex += 1) {
      views.push({ slideIndex, stepIndex, partIndex, plannedStartMs: clock });
      clock += perView;
    }
  });
  const runs: PlanRun[] = [];
  views.forEach((view, index) => {
    const last = runs.at(-1);
    const endMs = views[index + 1]?.plannedStartMs ?? clock;
    if (last && last.partIndex === view.partIndex) runs[runs.length - 1] = { ...last, endMs, to: index + 1 };
    else runs.push({ partIndex: view.partIndex, startMs: view.plannedStartMs, endMs, from: index, to: index + 1 });
  });
  let start = 0;
  const parts = plan.parts.map((part) => {
    const length = part.minutes * scale;
    const entry = { part, startMs: start, endMs: start + length };
    start += length;
    return entry;
  });
  return { lengthMs: lengthMinutes * 60_000, views, parts, runs };
}

/** The planned time of a view (clamped into the deck). */
export function plannedStartOf(schedule: PlanSchedule, slideIndex: number, stepIndex: number): PlannedView | null {
  const exact = schedule.views.find((v) => v.slideIndex === slideIndex && v.stepIndex === stepIndex);
  if (exact) return exact;
  const ofSlide = schedule.views.filter((v) => v.slideIndex === slideIndex);
  return ofSlide.at(-1) ?? null;
}

/** The run of the bar that holds a view. */
export function runOf(schedule: PlanSchedule, view: PlannedView | null): PlanRun | null {
  if (!view) return null;
  const index = schedule.views.indexOf(view);
  return schedule.runs.find((run) => run.from <= index && index < run.to) ?? null;
}

/**
 * How far the talk is off the plan on this view: positive = behind (the view came later than
 * planned), negative = ahead. While the lecturer stays on a view past the next view's planned time,
 * the delay grows with the clock.
 */
export function paceOf(schedule: PlanSchedule, slideIndex: number, stepIndex: number, elapsedMs: number): number {
  const view = plannedStartOf(schedule, slideIndex, stepIndex);
  if (!view) return 0;
  const position = schedule.views.indexOf(view);
  const nextStart = schedule.views[position + 1]?.plannedStartMs ?? schedule.lengthMs;
  if (elapsedMs < view.plannedStartMs) return elapsedMs - view.plannedStartMs;
  if (elapsedMs > nextStart) return elapsedMs - nextStart;
  return 0;
}

/** „2:10 hinter Plan“, „0:45 vor Plan“, „im Plan“ (within 30 s). */
export function paceText(deltaMs: number): string {
  if (Math.abs(deltaMs) < 30_000) return 'im Plan';
  const total = Math.round(Math.abs(deltaMs) / 1000);
  const text = `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
  return deltaMs > 0 ? `${text} hinter Plan` : `${text} vor Plan`;
}

/**
 * The pace in whole minutes, for a glance at a phone: „2 min hinter dem Zeitplan“, „1 min vor dem
 * Zeitplan“, „im Zeitplan“ (within 30 s, as paceText).
 */
export function paceMinutesText(deltaMs: number): string {
  if (Math.abs(deltaMs) < 30_000) return 'im Zeitplan';
  const minutes = Math.max(1, Math.round(Math.abs(deltaMs) / 60_000));
  return deltaMs > 0 ? `${minutes} min hinter dem Zeitplan` : `${minutes} min vor dem Zeitplan`;
}
