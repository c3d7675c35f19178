// The reveal.js reference's PDF, as its documentation prints one: Chromium opens the deck with
// `?print-pdf` (every fragment on a page of its own) and prints it. A command of its own, run by
// the benchmark as a subprocess like `npm run export:pdf`, so both are timed command to file.
// Usage: node --import tsx scripts/bench/revealPrint.ts --dir DIR --out FILE
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { SLIDE_SIZE } from '../../src/theme/slideSize';
import { CHROMIUM_ARGS, findChromium } from '../chromium';
import { startServer } from '../serve';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist-reveal' }, out: { type: 'string' } } });
if (!values.out) throw new Error('--out FILE is needed');
const server = await startServer({ dir: values.dir, port: 0 });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage({ viewport: SLIDE_SIZE });
  await page.goto(`${server.url}?print-pdf`);
  // reveal.js has laid out its pages, the formulas (rendered after reveal.js starts) are in, and the fonts.
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.pdf-page').length > 0 &&
      [...document.querySelectorAll('[data-tex]')].every((element) => element.childElementCount > 0),
    null,
    { timeout: 60_000 },
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  writeFileSync(values.out, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
} finally {
  await browser.close();
  await server.close();
}
