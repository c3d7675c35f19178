// PDF time per page for the per-step handout: `scripts/export-pdf.ts` as a subprocess (through tsx,
// as `npm run export:pdf` runs it), through its command line only, so that this keeps working
// whatever the export does inside.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';

export type PdfResult = { perPage: number; pages: number; seconds: number } | { error: string };

/** Exports the already built deck in `dir` and divides the wall-clock time by the page count. */
export async function pdfExport(dir: string): Promise<PdfResult> {
  const out = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  try {
    const file = join(out, 'deck.pdf');
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export-pdf.ts', '--out', file, '--no-build', '--dir', dir], {
      encoding: 'utf8',
    });
    const seconds = (performance.now() - start) / 1000;
    if (result.status !== 0) return { error: (result.stderr || result.stdout).trim().split('\n').pop() ?? 'export failed' };
    const pages = (await PDFDocument.load(readFileSync(file), { updateMetadata: false })).getPageCount();
    return { perPage: pages ? (seconds * 1000) / pages : Number.NaN, pages, seconds };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
