import type { Browser } from 'playwright-core';
import { failureReport, main } from '../../scripts/export-pdf';

/** What `npm run export:pdf` would end with: its exit code, the line it prints, and its log (stderr). */
export type ExportResult = { code: number; stdout: string; stderr: string };

/**
 * Runs `npm run export:pdf -- ARGS` against the build the other browser tests use (dist/, or
 * DECK_DIST), in this process and in the run's one Chromium (`browser`), and reports it as the
 * command line would: exit code, the summary line, the log and the failure text. The command line's
 * own wrapper (exit codes, usage) is tested in tests/scripts/exportPdf.test.ts.
 */
export async function exportHandout(browser: Browser, ...args: string[]): Promise<ExportResult> {
  const log: string[] = [];
  const write = (line: string) => log.push(line);
  try {
    const stdout = await main(['--dir', process.env.DECK_DIST ?? 'dist', ...args], write, { browser });
    return { code: 0, stdout, stderr: log.join('\n') };
  } catch (error) {
    const { code, text } = failureReport(error);
    return { code, stdout: '', stderr: [...log, text].join('\n') };
  }
}
