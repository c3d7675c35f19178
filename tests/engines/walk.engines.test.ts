/**
 * The deck walk in Firefox and WebKit: every view of every slide with →, as in Chromium
 * (tests/e2e/walk.e2e.test.ts), checking what differs between engines: order and titles, formulas
 * rendered, nothing sticking out at 1366×768, no broken number, something new at every click, the
 * ink layer over the slide, and no error on the way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides';
import { inspectVisibleSlide } from '../e2e/deckProbes';
import { expectFitAndNumbers, expectFormulasOnMathSlides, expectManifestOrder, expectSomethingNewAtEveryClick, TITLE, where, type WalkVisit } from '../e2e/walkChecks';
import { connectEngine, ENGINE_LABEL } from './connect';
import { activeSlideTitle, openDeck, pressAndSettle, SLIDE_SIZE, viewOf, walkToEnd } from './deck';
import type { EnginePage } from './page';

type Visit = WalkVisit & { ink: string[] };

let engine: Awaited<ReturnType<typeof connectEngine>>;
let page: EnginePage;
const visits: Visit[] = [];
let walkMs = 0;

beforeAll(async () => {
  engine = await connectEngine();
  page = await engine.newPage();
  await page.setViewport(SLIDE_SIZE.width, SLIDE_SIZE.height);
  await openDeck(page);
  const start = performance.now();
  await walkToEnd(page, async () => {
    const seen = await page.evaluate(inspectVisibleSlide, false);
    visits.push({
      ...(await viewOf(page)),
      title: await activeSlideTitle(page),
      katex: await page.evaluate(() => [...document.querySelectorAll('.slide-frame')].find((e) => getComputedStyle(e).visibility === 'visible' && e.getClientRects().length > 0)?.querySelectorAll('.katex').length ?? 0),
      ...seen,
      ink: await page.evaluate(() =>
        [...document.querySelectorAll('svg[data-ink-layer][data-ink-active="true"][data-ink-main="true"]')].map(
          (e) => `${e.getAttribute('data-ink-layer')} ${e.getAttribute('data-ink-step')} ${Math.round(e.getBoundingClientRect().width)}x${Math.round(e.getBoundingClientRect().height)}`,
        ),
      ),
    });
  });
  walkMs = performance.now() - start;
}, 900_000);

afterAll(async () => {
  await page?.close();
  await engine?.disconnect();
});

describe(`one walk through the deck in ${ENGINE_LABEL}`, () => {
  it('starts on the title slide and visits every slide in the manifest order, every declared step once, with its title', () => {
    process.stdout.write(`${ENGINE_LABEL}: walked ${visits.length} views in ${(walkMs / 1000).toFixed(1)} s\n`);
    expect(visits[0]).toMatchObject({ slideIndex: 0, stepIndex: 0, title: TITLE });
    expectManifestOrder(visits);
  });

  it('renders a KaTeX formula on every math slide', () => {
    expectFormulasOnMathSlides(visits);
  });

  it('fits every step into 1366×768 and never shows a broken number', () => {
    expectFitAndNumbers(visits);
  });

  it('shows something new at every click, and the replacing slides show their views in order', () => {
    expectSomethingNewAtEveryClick(visits);
  });

  it('has one ink layer over the whole slide on screen, for its slide and step', () => {
    for (const v of visits) expect(v.ink, where(v)).toEqual([`${SLIDES[v.slideIndex].id} ${v.stepIndex} 1366x768`]);
  });

  it('logs no error on the way', async () => {
    expect(await page.errors()).toEqual([]);
  });

  it('goes back with the left arrow key, into the last step of the slide before', async () => {
    await openDeck(page, 'slideIndex=4&stepIndex=0');
    await pressAndSettle(page, 'ArrowLeft');
    expect(await viewOf(page)).toEqual({ slideIndex: 3, stepIndex: SLIDES[3].steps });
  });
});
