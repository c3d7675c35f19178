// PDF time per page, command to file: the deck's handout (`scripts/export-pdf.ts`, every step, as
// `npm run export:pdf` runs it) and the reveal.js reference's print (`revealPrint.ts`), each as a
// subprocess through its command line only, so that this keeps working whatever they do inside.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { formatNumber } from '../../src/format';
import type { Figure } from './report';
import { median } from './stats';

export type PdfResult = { perPage: number; pages: number; seconds: number } | { error: string };

/** Runs `script ARGS --out FILE` with tsx and divides its wall-clock time by the pages of FILE. */
async function timed(script: string, args: readonly string[]): Promise<PdfResult> {
  const out = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  try {
    const file = join(out, 'deck.pdf');
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args, '--out', file], { encoding: 'utf8' });
    const seconds = (performance.now() - start) / 1000;
    if (result.status !== 0) {
      // The failure's own line (an uncaught error ends with Node's version, not with its message).
      const lines = (result.stderr || result.stdout).trim().split('\n');
      return { error: lines.find((line) => /Error\b|failed/.test(line)) ?? lines.pop() ?? `${script} failed` };
    }
    const pages = (await PDFDocument.load(readFileSync(file), { updateMetadata: false })).getPageCount();
    return { perPage: pages ? (seconds * 1000) / pages : Number.NaN, pages, seconds };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The handout of the deck already built in `dir` (`--no-build`), or built first, as `npm run export:pdf` does by default. */
export function pdfExport(dir: string, { build = false } = {}): Promise<PdfResult> {
  return timed('scripts/export-pdf.ts', build ? [] : ['--no-build', '--dir', dir]);
}

/** reveal.js' own print (`?print-pdf`) of the reference built in `dir`. */
export function revealPdf(dir: string): Promise<PdfResult> {
  return timed('scripts/bench/revealPrint.ts', ['--dir', dir]);
}

const GOAL = { limit: 100, better: 'lower' } as const;

/**
 * The PDF rows: the handout from an existing build (`--no-build`), the whole `npm run export:pdf`
 * (its own build included) and reveal.js' print of the reference, `runs` times each, alternating so
 * that all three see the same machine; medians per page.
 */
export async function pdfFigures(dir: string, revealDir: string, runs: number): Promise<Figure[]> {
  const kinds = [
    { name: 'PDF-Handout (jeder Schritt) pro Seite, ohne Build', run: () => pdfExport(dir) },
    { name: 'PDF-Handout (jeder Schritt) pro Seite, npm run export:pdf mit Build', run: () => pdfExport(dir, { build: true }) },
    { name: 'PDF pro Seite, reveal.js (?print-pdf)', run: () => revealPdf(revealDir) },
  ];
  const results: PdfResult[][] = kinds.map(() => []);
  for (let i = 0; i < runs; i += 1) for (const [k, kind] of kinds.entries()) results[k].push(await kind.run());
  const figures = kinds.map(({ name }, k): Figure => {
    const failed = results[k].find((r) => 'error' in r);
    if (failed && 'error' in failed) return { name, value: Number.NaN, unit: 'ms', note: `n/a — ${failed.error}` };
    const done = results[k] as Exclude<PdfResult, { error: string }>[];
    return {
      name,
      value: median(done.map((r) => r.perPage)),
      unit: 'ms',
      note: `${done[0].pages} Seiten in ${formatNumber(median(done.map((r) => r.seconds)), 1)} s (Median von ${runs})`,
    };
  });
  const reveal = figures[2].value;
  return figures.map((figure, k) => (k < 2 ? { ...figure, reference: reveal, goal: GOAL } : figure));
}
