import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, PDFName } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOutline } from '../../scripts/pdf-outline';
import { viewCount } from '../../src/shell/manifest';
import { SLIDES } from '../../slides';
import { connectBrowser } from './browser';
import { exportHandout, type ExportResult } from './handout';

// `npm run export:pdf` against the build the other browser tests use: dist/, which `npm run test:e2e`
// has just built, or DECK_DIST. What fails before a page opens (options, files) is tested without a
// browser, in tests/scripts/exportPdf.test.ts.
const run = promisify(execFile);
const TITLE = 'Vom Token zur Antwort – Wie Large Language Models wirklich funktionieren';

async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.replace(/\s+/g, ' ');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

let browser: Browser;
let folder: string;
let allSteps: Promise<ExportResult>;
let finalWithNotes: Promise<ExportResult>;
/** The pages the handout must have: every view of every slide, as the manifest declares them (the deck walk checks the manifest). */
const titles = SLIDES.map((s) => s.title);
const firstPages = SLIDES.map((_, i) => SLIDES.slice(0, i).reduce((n, s) => n + s.steps + 1, 0));

beforeAll(async () => {
  browser = await connectBrowser();
  folder = mkdtempSync(join(tmpdir(), 'export-e2e-'));
  allSteps = exportHandout(browser, '--out', join(folder, 'handout.pdf'));
  finalWithNotes = exportHandout(browser, '--final-only', '--notes', '--out', join(folder, 'final.pdf'));
});

afterAll(async () => {
  await Promise.allSettled([allSteps, finalWithNotes]);
  await browser?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('npm run export:pdf', () => {
  it('writes one 16:9 page per step, with title, language, every slide title and bookmarks', async () => {
    const file = join(folder, 'handout.pdf');
    const result = await allSteps;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(file);

    const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    expect(pdf.getPageCount()).toBe(viewCount(SLIDES));
    const { width, height } = pdf.getPage(0).getSize();
    expect(width / height).toBeCloseTo(1366 / 768, 2);
    expect(pdf.getTitle()).toBe(TITLE);
    expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toMatch(/^\(de/);
    // Tagged (an accessible structure tree), as pdfinfo reports it.
    expect((await run('pdfinfo', [file])).stdout).toMatch(/^Tagged:\s+yes$/m);

    const outline = readOutline(pdf);
    expect(outline.map((entry) => collapse(entry.title))).toEqual(titles);
    // Each bookmark opens the first step of its slide.
    expect(outline.map((entry) => entry.pageIndex)).toEqual(firstPages);

    const text = await pdfText(file);
    for (const title of titles) expect(text, title).toContain(title);
    expect(text).toContain('Frankreich');
    // Nothing is left behind next to the file.
    await finalWithNotes;
    expect(readdirSync(folder).sort()).toEqual(['final.pdf', 'handout.pdf']);
  });

  it('with --final-only --notes: one page per slide, with its speaker notes under it', async () => {
    const file = join(folder, 'final.pdf');
    const result = await finalWithNotes;
    expect(result.code, result.stderr).toBe(0);
    const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    expect(pdf.getPageCount()).toBe(titles.length);
    expect(readOutline(pdf)).toHaveLength(titles.length);
    const { width, height } = pdf.getPage(0).getSize();
    expect(height).toBeGreaterThan((width * 768) / 1366 + 100);
    const text = await pdfText(file);
    expect(text).toContain(`Sprechernotizen · Folie 1 von ${titles.length}`.toUpperCase());
    expect(text).toContain('Frankreich');
  });
});
