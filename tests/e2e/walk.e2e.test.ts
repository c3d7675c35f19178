/**
 * One walk through the whole deck with the right arrow key, as a lecturer with a clicker goes
 * through it, shared by the deck, layout and accessibility checks: at every step it records what is
 * on screen (title, formulas, text, overflow, revealed parts, mounted bodies) and runs axe-core on
 * the slide. The walk must reach the last step of the last slide; each check then reads the record.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTIONS } from '../../slides/sections';
import { SLIDES } from '../../slides';
import { activeSlideTitle, connectBrowser, inspectSlide, openDeck, pressAndSettle, viewOf, walkToEnd } from './browser';
import { BODY_PX, measureTypeSizes, READABLE_PX, SOURCE_PX, type TypeSizes } from './typeSizes';
import { expectFitAndNumbers, expectFormulasOnMathSlides, expectManifestOrder, expectSomethingNewAtEveryClick, TITLE, where, type WalkVisit } from './walkChecks';
import { CONTENT_PAD_PX, EMPTY_BUDGET, measureEmptySpace, type EmptySpace } from './emptySpace';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/**
 * The type budget (README, „Schriftgrößen“): the share of visible characters, per step, that may be
 * smaller than READABLE_PX outside source lines and footers, and smaller than SOURCE_PX anywhere.
 */
const TYPE_BUDGET = { belowReadable: 0, belowSource: 0 } as const;

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };
type Visit = WalkVisit & {
  bodies: string[];
  violations: string[];
  type: TypeSizes;
  /** The ink layers over the slide on screen (src/features/ink): slide id, step and size, one expected. */
  ink: string[];
  /** Words on the slide written with a visible underscore (W_Q), outside formulas and code. */
  underscores: string[];
  /** How much of the slide body is empty; measured at each slide's last step only. */
  space?: EmptySpace;
};

let browser: Browser;
let page: Page;
let errors: string[];
const visits: Visit[] = [];

async function axeViolations(target: Page): Promise<string[]> {
  const found = (await target.evaluate(async () => {
    type Axe = { run: (context: Element, options: unknown) => Promise<{ violations: unknown[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    // Only the slide on screen: the others are display:none.
    const root = [...document.querySelectorAll('.slide-frame')].find((e) => getComputedStyle(e).visibility === 'visible' && e.getClientRects().length > 0) ?? document.body;
    return (await axe.run(root, { resultTypes: ['violations'] })).violations;
  })) as Violation[];
  return found.map((v) => `${v.id} (${v.impact}) ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(async () => {
  browser = await connectBrowser();
  ({ page, errors } = await openDeck(browser));
  await page.addScriptTag({ path: axePath });
  await walkToEnd(page, async () => {
    const seen = await inspectSlide(page);
    const { slideIndex, stepIndex } = viewOf(page);
    visits.push({
      ...viewOf(page),
      title: await activeSlideTitle(page),
      katex: await page.locator('.slide-frame:visible .katex').count(),
      text: seen.text,
      view: seen.view,
      appeared: seen.appeared,
      overflow: seen.overflow,
      bodies: await page.locator('[data-slide-body]').evaluateAll((els) => els.map((e) => e.getAttribute('data-slide-body') ?? '')),
      violations: await axeViolations(page),
      type: await measureTypeSizes(page),
      ink: await page
        .locator('svg[data-ink-layer][data-ink-active="true"][data-ink-main="true"]')
        .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-ink-layer')} ${e.getAttribute('data-ink-step')} ${Math.round(e.getBoundingClientRect().width)}x${Math.round(e.getBoundingClientRect().height)}`)),
      space: stepIndex === SLIDES[slideIndex].steps ? await measureEmptySpace(page) : undefined,
      underscores: await page.evaluate(() => {
        const frame = [...document.querySelectorAll<HTMLElement>('.slide-frame')].find((e) => getComputedStyle(e).visibility === 'visible' && e.getClientRects().length > 0);
        if (!frame) return [];
        const found: string[] = [];
        const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest('.katex, .visually-hidden, code, kbd, option, select, [data-type-role="source"]') || !parent.checkVisibility()) continue;
          for (const [word] of (node.textContent ?? '').matchAll(/(?<![\p{L}\p{N}])\p{L}_[\p{L}\p{N}]+/gu)) found.push(word);
        }
        return found;
      }),
    });
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

describe('one walk through the deck in Chromium', () => {
  it('starts on the title slide and reaches the last step of the last slide', () => {
    expect(visits[0]).toMatchObject({ slideIndex: 0, stepIndex: 0, title: TITLE });
    const last = SLIDES.length - 1;
    expect(visits.at(-1), 'the walk stopped early').toMatchObject({ slideIndex: last, stepIndex: SLIDES[last].steps });
  });

  it('visits every slide in the manifest order, every declared step once, with its title', () => {
    expectManifestOrder(visits);
  });

  it('shows each outline section heading on its slide', () => {
    const titles = new Set(visits.map((v) => v.title));
    for (const section of SECTIONS) expect(titles, section.title).toContain(section.title);
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

  it('sets indices in slide text as subscripts, never with a visible underscore (W_Q)', () => {
    expect(visits.flatMap((v) => v.underscores.map((word) => `${where(v)}: „${word}“`))).toEqual([]);
  });

  it(`keeps the type budget: nothing below ${READABLE_PX} px outside source lines and footers, nothing below ${SOURCE_PX} px`, () => {
    const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
    const total = visits.reduce((sum, v) => sum + v.type.chars, 0);
    const below = visits.reduce((sum, v) => sum + v.type.belowReadable, 0);
    const belowSource = visits.reduce((sum, v) => sum + v.type.belowSource, 0);
    const percent = (x: number) => `${(100 * x).toFixed(1)} %`;
    const worst = [...visits].sort((a, b) => share(b.type.belowReadable, b.type.chars) - share(a.type.belowReadable, a.type.chars))[0];
    process.stdout.write(
      `Type sizes over ${visits.length} steps, ${total} characters: ${percent(share(below, total))} below ${READABLE_PX} px ` +
        `(outside source lines and footers), ${percent(share(belowSource, total))} below ${SOURCE_PX} px; smallest ` +
        `${Math.min(...visits.map((v) => v.type.smallest))} px; worst step ${where(worst)} ` +
        `${percent(share(worst.type.belowReadable, worst.type.chars))}\n`,
    );
    const problems = visits.flatMap((v) =>
      share(v.type.belowReadable, v.type.chars) > TYPE_BUDGET.belowReadable || share(v.type.belowSource, v.type.chars) > TYPE_BUDGET.belowSource
        ? [`${where(v)}: ${v.type.belowReadable}/${v.type.chars} below ${READABLE_PX} px, ${v.type.belowSource} below ${SOURCE_PX} px: ${v.type.offenders.join('; ')}`]
        : [],
    );
    expect(problems).toEqual([]);
    const smallFormulas = visits.filter((v) => v.type.smallestFormula < BODY_PX).map((v) => `${where(v)}: ${v.type.smallestFormula} px`);
    expect(smallFormulas, `formulas at least ${BODY_PX} px`).toEqual([]);
    // The measure sees text at all: every step has characters, and the footer counts as a source line.
    expect(visits.every((v) => v.type.chars > 0)).toBe(true);
  });

  it('measures what it should: small text counts, a source line only below 20 px, SVG text at its drawn size, formulas by their base size', async () => {
    const before = await measureTypeSizes(page);
    await page.evaluate(() => {
      const frame = [...document.querySelectorAll<HTMLElement>('.slide-frame')].find((e) => getComputedStyle(e).visibility === 'visible' && e.getClientRects().length > 0)!;
      const probe = document.createElement('div');
      probe.id = 'type-probe';
      // 10 characters at 18 px; 10 in a source line at 21 px; 10 in a source line at 19 px; SVG text
      // of 30 px drawn at half size (a 200-wide viewBox shown 100 wide): 15 px; a formula at 22 px.
      probe.innerHTML =
        '<p style="font-size:18px">aaaaaaaaaa</p>' +
        '<p data-type-role="source" style="font-size:21px">bbbbbbbbbb</p>' +
        '<p data-type-role="source" style="font-size:19px">cccccccccc</p>' +
        '<svg viewBox="0 0 200 50" width="100" height="25"><text x="0" y="40" style="font-size:30px">dddddddddd</text></svg>' +
        '<span class="katex" style="font-size:22px">x</span>';
      frame.querySelector('.slide-body')!.append(probe);
    });
    const after = await measureTypeSizes(page);
    await page.evaluate(() => document.getElementById('type-probe')?.remove());
    expect(after.chars - before.chars).toBe(41);
    expect(after.belowReadable - before.belowReadable).toBe(21);
    expect(after.belowSource - before.belowSource).toBe(30);
    expect(after.smallest).toBe(15);
    expect(after.smallestFormula).toBe(22);
  });

  it(`leaves at most ${Math.round(100 * EMPTY_BUDGET)} % of each slide's content box empty at its last step`, () => {
    const last = visits.filter((v) => v.space !== undefined);
    expect(last.map((v) => v.slideIndex)).toEqual(SLIDES.map((_, index) => index));
    const percent = (x: number) => `${Math.round(100 * x)} %`;
    process.stdout.write(
      `Empty share of the content box at each slide's last step (budget ${percent(EMPTY_BUDGET)}):\n` +
        last.map((v) => `  ${String(v.slideIndex + 1).padStart(2)} ${SLIDES[v.slideIndex].id.padEnd(26)} ${percent(v.space!.empty).padStart(5)}, empty band ${v.space!.emptyBand} px`).join('\n') +
        '\n',
    );
    const over = last.filter((v) => v.space!.empty > EMPTY_BUDGET).map((v) => SLIDES[v.slideIndex].id);
    expect(over, 'over the budget').toEqual([]);
  });

  it('measures empty space as it should: boxes and text blocks count with their margin, hidden and faded content does not', async () => {
    const probe = await page.evaluate(() => {
      const frame = [...document.querySelectorAll<HTMLElement>('.slide-frame')].find((e) => getComputedStyle(e).visibility === 'visible' && e.getClientRects().length > 0)!;
      const body = frame.querySelector<HTMLElement>('.slide-body')!;
      const style = document.createElement('style');
      style.id = 'empty-probe-style';
      style.textContent = '.slide-body > :not(#empty-probe) { display: none !important; }';
      const probe = document.createElement('div');
      probe.id = 'empty-probe';
      // A 400×200 box 40 px below the body's top, a 300×40 paragraph 60 px below it; a 600×300 box
      // hidden and a 600×300 box faded out (a step not yet revealed), which count as empty.
      probe.innerHTML =
        '<div style="margin:40px 0 0 40px;width:400px;height:200px;background:currentColor"></div>' +
        '<p style="margin:60px 0 0 40px;width:300px;height:40px;font-size:24px">Text</p>' +
        '<div style="visibility:hidden;width:600px;height:300px;background:currentColor"></div>' +
        '<div style="opacity:0;width:600px;height:300px;background:currentColor"></div>';
      document.head.append(style);
      body.append(probe);
      const box = body.getBoundingClientRect();
      return { width: box.width, height: box.height };
    });
    const measured = await measureEmptySpace(page);
    await page.evaluate(() => {
      document.getElementById('empty-probe')?.remove();
      document.getElementById('empty-probe-style')?.remove();
    });
    // Each box grown by the pad on every side; the two do not overlap (60 px apart, 2 × 8 px of pad).
    const grown = (w: number, h: number) => (w + 2 * CONTENT_PAD_PX) * (h + 2 * CONTENT_PAD_PX);
    const expected = 1 - (grown(400, 200) + grown(300, 40)) / (probe.width * probe.height);
    expect(measured.empty).toBeCloseTo(expected, 2);
    // The empty band: from the paragraph's grown bottom (40 + 200 + 60 + 40 + 8) to the body's end.
    expect(Math.abs(measured.emptyBand - (probe.height - 348))).toBeLessThanOrEqual(8);
  });

  it('keeps a line with an index (W<sub>Q</sub>) as high as one without, on a slide and in the body text', async () => {
    const heights = await page.evaluate(() => {
      const frame = [...document.querySelectorAll<HTMLElement>('.slide-frame')].find((e) => getComputedStyle(e).visibility === 'visible' && e.getClientRects().length > 0)!;
      const probe = document.createElement('div');
      probe.id = 'sub-probe';
      probe.innerHTML = '<p>Weiter zu W und V.</p><p>Weiter zu W<sub>V</sub> und W<sup>2</sup>.</p>';
      frame.querySelector('.slide-body')!.append(probe);
      const [plain, indexed] = [...probe.querySelectorAll('p')].map((p) => p.getBoundingClientRect().height);
      probe.remove();
      return { plain, indexed };
    });
    expect(heights.plain).toBeGreaterThan(0);
    expect(heights.indexed).toBeCloseTo(heights.plain, 0);
  });

  it('lays out text and figure side by side, and in one column when the grid\'s container is narrower than 720 px', async () => {
    const motivation = SLIDES.findIndex((meta) => meta.id === 'motivation');
    await page.goto(page.url().replace(/slideIndex=\d+&stepIndex=\d+/, `slideIndex=${motivation}&stepIndex=1`));
    await page.locator('.slide-frame:visible .slide-grid--text-figure').first().waitFor();
    const columns = (width: string | null) =>
      page.evaluate((w) => {
        const frame = [...document.querySelectorAll<HTMLElement>('.slide-frame')].find((e) => getComputedStyle(e).visibility === 'visible' && e.getClientRects().length > 0)!;
        const container = frame.querySelector<HTMLElement>('.slide-grid-container')!;
        container.style.width = w ?? '';
        return getComputedStyle(container.querySelector('.slide-grid')!).gridTemplateColumns.split(' ').length;
      }, width);
    expect(await columns(null)).toBe(2);
    expect(await columns('719px')).toBe(1);
    expect(await columns('720px')).toBe(2);
    expect(await columns(null)).toBe(2);
  });

  it('finds no accessibility violation (axe-core) on any slide at any step', () => {
    expect(visits.flatMap((v) => v.violations.map((text) => `${where(v)}: ${text}`))).toEqual([]);
  });

  it('mounts only the slide on screen and its neighbours', () => {
    for (const v of visits) {
      const near = SLIDES.slice(Math.max(0, v.slideIndex - 1), v.slideIndex + 2).map((s) => s.id);
      expect(v.bodies, where(v)).toContain(SLIDES[v.slideIndex].id);
      expect(v.bodies.every((id) => near.includes(id)), `${where(v)}: ${v.bodies.join(', ')}`).toBe(true);
    }
  });

  it('has one ink layer over the whole slide on screen, for its slide and step', () => {
    for (const v of visits) expect(v.ink, where(v)).toEqual([`${SLIDES[v.slideIndex].id} ${v.stepIndex} 1366x768`]);
  });

  it('logs no console error on the way', () => {
    expect(errors).toEqual([]);
  });

  it('goes back with the left arrow key, into the last step of the slide before', async () => {
    await page.goto(page.url().replace(/slideIndex=\d+&stepIndex=\d+/, 'slideIndex=4&stepIndex=0'));
    await page.locator('.slide-title:visible').first().waitFor();
    await pressAndSettle(page, 'ArrowLeft');
    expect(viewOf(page)).toEqual({ slideIndex: 3, stepIndex: SLIDES[3].steps });
  });
});
