// Training figures: the worked example's trainer and the tiny GPT, in Node and in the browser.
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_LEARNING_RATE, DEFAULT_PARAMS, trainWorkedExample } from '../../src/model';
import { LECTURE_CORPUS_TEXT, timeToFullTrainAccuracy } from '../../src/model/tinyGpt';
import { formatNumber } from '../../src/format';
import { VIEWPORT } from './browser';
import type { Figure } from './report';
import { median, percentile } from './stats';

/** 1000 steps of the worked example's trainer, 7 runs, median of the last 5 (the first two warm up). */
export function workedExampleTraining(): number {
  const runs: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const start = performance.now();
    trainWorkedExample(DEFAULT_PARAMS, { steps: 1000, learningRate: DEFAULT_LEARNING_RATE });
    runs.push(performance.now() - start);
  }
  return median(runs.slice(2));
}

export type TinyGptNode = { ms: number; steps: number | null };

/** Training the tiny GPT from its seed to 100 % training accuracy in this process, median of 3 runs. */
export function tinyGptNode(): TinyGptNode {
  const runs = [0, 1, 2].map(() => timeToFullTrainAccuracy(() => performance.now()));
  return { ms: median(runs.map((r) => r.milliseconds)), steps: runs[0].steps };
}

const TRAIN_START = '[data-testid="tiny-gpt-train-start"]';
const TRAIN_ACCURACY = '[data-testid="tiny-gpt-train-accuracy"]';
const TRAIN_RESET = '[data-testid="tiny-gpt-train-reset"]';

export type TinyGptBrowser = {
  /** From the click on start until the accuracy shown reads 100 %; NaN if the slide shows no accuracy or does not get there. */
  toFullAccuracy: number;
  /** Times between frames while the training runs. */
  frames: number[];
  /** Times between 120 frames of the same page before the training starts (the page's idle rhythm). */
  idleFrames: number[];
  note?: string;
};

/** Times between `count` animation frames of the page, measured in the page. */
async function idleFrames(page: Page, count: number): Promise<number[]> {
  return (await page.evaluate(`new Promise((resolve) => {
    const frames = [];
    let last = null;
    const tick = (now) => {
      if (last !== null) frames.push(now - last);
      last = now;
      if (frames.length < ${count}) requestAnimationFrame(tick);
      else resolve(frames);
    };
    requestAnimationFrame(tick);
  })`)) as number[];
}

/**
 * Opens the training slide (`url`, found by the walk), clicks start and records every frame's
 * duration until the shown training accuracy reads 100 % (at most 30 s; 5 s if no accuracy is shown).
 */
export async function tinyGptBrowser(browser: Browser, url: string): Promise<TinyGptBrowser> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const start = page.locator(`${TRAIN_START}:visible`).first();
    await start.waitFor({ timeout: 10_000 });
    const hasAccuracy = (await page.locator(TRAIN_ACCURACY).count()) > 0;
    // The slide opens with the shipped, trained model: "Zurücksetzen" starts from the seed's fresh weights.
    const reset = page.locator(`${TRAIN_RESET}:visible`).first();
    if ((await reset.count()) > 0) {
      await reset.click();
      if (hasAccuracy) {
        await page.waitForFunction((selector) => !/100\s*%/.test(document.querySelector(selector)?.textContent ?? ''), TRAIN_ACCURACY, { timeout: 10_000 });
      }
    }
    const idle = await idleFrames(page, 120);
    await page.evaluate(`
      window.__training = { frames: [], startedAt: null, doneAt: null };
      (function frame(last) {
        requestAnimationFrame((now) => {
          const training = window.__training;
          if (training.startedAt !== null) training.frames.push(now - last);
          const accuracy = document.querySelector(${JSON.stringify(TRAIN_ACCURACY)});
          if (training.startedAt !== null && accuracy && /100\\s*%/.test(accuracy.textContent)) training.doneAt = performance.now();
          else frame(now);
        });
      })(performance.now());
      document.addEventListener('click', () => (window.__training.startedAt = window.__training.startedAt ?? performance.now()), true);
    `);
    await start.click();
    const limit = hasAccuracy ? 30_000 : 5_000;
    try {
      await page.waitForFunction(() => (window as unknown as { __training: { doneAt: number | null } }).__training.doneAt !== null, undefined, {
        timeout: limit,
      });
    } catch {
      // Not at 100 % in time: report the frames so far.
    }
    const training = (await page.evaluate('window.__training')) as { frames: number[]; startedAt: number; doneAt: number | null };
    const note = !hasAccuracy
      ? `keine Genauigkeit (${TRAIN_ACCURACY}) auf der Folie: Bildzeiten über 5 s`
      : training.doneAt === null
        ? '100 % nicht in 30 s erreicht'
        : undefined;
    return { toFullAccuracy: training.doneAt === null ? Number.NaN : training.doneAt - training.startedAt, frames: training.frames, idleFrames: idle, note };
  } finally {
    await context.close();
  }
}

export const TRAIN_START_SELECTOR = TRAIN_START;

const RETRAIN = '[data-testid="tiny-gpt-retrain"]';
const CORPUS = '[data-testid="tiny-gpt-corpus"]';
const TEACH_STATUS = '[data-testid="tiny-gpt-teach-status"]';
export const RETRAIN_SELECTOR = RETRAIN;

/** Sentences of the student corpus the benchmark retrains on. */
export const STUDENT_CORPUS_SENTENCES = 200;

/** The lecture's corpus filled up with sentences about made-up towns to `STUDENT_CORPUS_SENTENCES`. */
export function studentCorpus(): string {
  const lines = LECTURE_CORPUS_TEXT.split('\n');
  const countries = ['Frankreich', 'Deutschland', 'Italien', 'Spanien'];
  for (let i = 0; lines.length < STUDENT_CORPUS_SENTENCES; i += 1) lines.push(`Ort${i} liegt in ${countries[i % countries.length]}.`);
  return lines.join('\n');
}

export type TinyGptTeach = { ms: number; frames: number[]; note?: string };

/**
 * Opens the teach slide (`url`, found by the walk), puts the 200-sentence corpus into the field,
 * clicks „Neu trainieren" and records every frame until the status names the new model (at most 30 s).
 */
export async function tinyGptTeachBrowser(browser: Browser, url: string): Promise<TinyGptTeach> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const retrain = page.locator(`${RETRAIN}:visible`).first();
    await retrain.waitFor({ timeout: 10_000 });
    const done = `Neues Mini-GPT: ${STUDENT_CORPUS_SENTENCES} Sätze`;
    // A script string, not a function: the bench runs under tsx, whose helpers do not exist in the page.
    await page.evaluate(`
      (function () {
        const field = document.querySelector(${JSON.stringify(`.slide-frame ${CORPUS}`)});
        if (field) field.value = ${JSON.stringify(studentCorpus())};
        window.__teach = { frames: [], startedAt: null, doneAt: null };
        (function frame(last) {
          requestAnimationFrame((now) => {
            const teach = window.__teach;
            if (teach.startedAt !== null) teach.frames.push(now - last);
            const status = document.querySelector(${JSON.stringify(TEACH_STATUS)});
            if (teach.startedAt !== null && status && status.textContent.includes(${JSON.stringify(done)})) teach.doneAt = performance.now();
            else frame(now);
          });
        })(performance.now());
        document.addEventListener('click', () => (window.__teach.startedAt = window.__teach.startedAt ?? performance.now()), true);
      })();
    `);
    await retrain.click();
    try {
      await page.waitForFunction(() => (window as unknown as { __teach: { doneAt: number | null } }).__teach.doneAt !== null, undefined, { timeout: 30_000 });
    } catch {
      // Not trained in time: report the frames so far.
    }
    const teach = (await page.evaluate('window.__teach')) as { frames: number[]; startedAt: number; doneAt: number | null };
    return {
      ms: teach.doneAt === null ? Number.NaN : teach.doneAt - teach.startedAt,
      frames: teach.frames,
      note: teach.doneAt === null ? 'nicht in 30 s fertig' : undefined,
    };
  } finally {
    await context.close();
  }
}

const FRAME_BUDGET = 16.7;

/**
 * `--only tinygpt`'s addresses of the training and teach slides, from the manifest (the full run
 * takes the steps its walk found). The manifest's entries point at TSX slide components, which the
 * Node-side type check does not compile: the path is a value, so only tsx (at run time) follows it.
 */
export async function tinyGptSlideUrls(base: string): Promise<{ training?: string; teach?: string }> {
  const path: string = '../../slides/index.ts';
  const { SLIDES } = (await import(path)) as { SLIDES: readonly { readonly id: string }[] };
  const at = (id: string): string | undefined => {
    const index = SLIDES.findIndex((slide) => slide.id === id);
    return index < 0 ? undefined : `${base}?slideIndex=${index}&stepIndex=0`;
  };
  return { training: at('mini-gpt-lernt'), teach: at('mini-gpt-beibringen') };
}

/**
 * The tiny GPT's rows: training in Node, then in the browser on the training slide (`trainingUrl`)
 * with its frames, and retraining a student corpus on the teach slide (`teachUrl`); a slide the
 * walk did not find gives n/a. The frame rows name the same page's idle rhythm: rAF timestamps are
 * rounded to 0,1 ms, so a page that never misses a frame still shows intervals of 16,6–16,8 ms.
 */
export async function tinyGptFigures(browser: Browser, trainingUrl: string | null | undefined, teachUrl: string | null | undefined): Promise<Figure[]> {
  const NA = Number.NaN;
  const node = tinyGptNode();
  const inBrowser = trainingUrl ? await tinyGptBrowser(browser, trainingUrl) : null;
  const missing = `n/a — keine Folie mit ${TRAIN_START}`;
  const idle = inBrowser
    ? `Leerlauf derselben Seite: p95 ${formatNumber(percentile(inBrowser.idleFrames, 95), 1)} ms, Max ${formatNumber(Math.max(...inBrowser.idleFrames), 1)} ms`
    : missing;
  const teach = teachUrl ? await tinyGptTeachBrowser(browser, teachUrl) : null;
  const teachMissing = `n/a — keine Folie mit ${RETRAIN}`;
  return [
    {
      name: 'Tiny GPT: Training bis 100 % Trainingsgenauigkeit, Node',
      value: node.ms / 1000,
      unit: 's',
      goal: { limit: 2, better: 'lower' },
      note: node.steps === null ? 'nie 100 % erreicht' : `${node.steps} Schritte`,
    },
    { name: 'Tiny GPT: Training bis 100 %, Browser', value: inBrowser ? inBrowser.toFullAccuracy / 1000 : NA, unit: 's', note: inBrowser ? inBrowser.note : missing },
    {
      name: 'Bildzeit während des Trainings (p95)',
      value: inBrowser && inBrowser.frames.length ? percentile(inBrowser.frames, 95) : NA,
      unit: 'ms',
      goal: { limit: FRAME_BUDGET, better: 'lower' },
      note: inBrowser ? `${inBrowser.frames.length} Bilder; ${idle}` : missing,
    },
    {
      name: 'Bildzeit während des Trainings (Max)',
      value: inBrowser && inBrowser.frames.length ? Math.max(...inBrowser.frames) : NA,
      unit: 'ms',
      goal: { limit: 33, better: 'lower' },
      note: inBrowser ? `${inBrowser.frames.length} Bilder` : missing,
    },
    {
      name: `Tiny GPT: ${STUDENT_CORPUS_SENTENCES} Sätze neu trainieren, Browser`,
      value: teach ? teach.ms / 1000 : NA,
      unit: 's',
      goal: { limit: 5, better: 'lower' },
      note: teach ? teach.note : teachMissing,
    },
    {
      name: 'Bildzeit beim Neutrainieren (p95 | Max)',
      value: teach && teach.frames.length ? percentile(teach.frames, 95) : NA,
      unit: 'ms',
      goal: { limit: FRAME_BUDGET, better: 'lower' },
      note: teach && teach.frames.length ? `Max ${formatNumber(Math.max(...teach.frames), 1)} ms, ${teach.frames.length} Bilder` : teachMissing,
    },
  ];
}
