// @vitest-environment node
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureReport, main, parseOptions, UsageError } from '../../scripts/export-pdf';

// What `npm run export:pdf` checks before it opens a page: options and the output path. None of
// this needs a browser (the browser tests print real handouts: tests/e2e/export.e2e.test.ts).
const run = promisify(execFile);

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'export-unit-'));
});
afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('export:pdf options', () => {
  it('reads every option, with the defaults', () => {
    const options = parseOptions(['--final-only', '--notes', '--port', '4711', '--dir', 'build', '--out', '/tmp/h.pdf']);
    expect(options).toMatchObject({ finalOnly: true, notes: true, port: 4711, build: false, out: '/tmp/h.pdf', ink: null, help: false });
    expect(options.dir.endsWith('/build')).toBe(true);
    expect(parseOptions([])).toMatchObject({ finalOnly: false, notes: false, port: 0, build: true });
    expect(parseOptions(['--no-build']).build).toBe(false);
  });

  it('refuses an unknown option, a bad port and empty file names with a usage error that names them', () => {
    expect(() => parseOptions(['--pages', '3'])).toThrow(UsageError);
    expect(() => parseOptions(['--port', '70000'])).toThrow('--port must be a port number, got "70000".');
    expect(() => parseOptions(['--port', 'x'])).toThrow('--port must be a port number, got "x".');
    expect(() => parseOptions(['--out', ' '])).toThrow('--out needs a file name.');
    expect(() => parseOptions(['--ink', ''])).toThrow('--ink needs a file name.');
  });

  it('reports a usage error with the usage and exit code 2, any other failure with exit code 1', () => {
    const usage = failureReport(new UsageError('Unknown option'));
    expect(usage.code).toBe(2);
    expect(usage.text).toMatch(/^Unknown option\n\nUsage: npm run export:pdf/);
    expect(failureReport(new Error('kaputt'))).toEqual({ code: 1, text: 'Export failed: kaputt' });
  });

  it('on the command line: an unknown option exits with 2 and the usage text', async () => {
    const failed = await run(process.execPath, ['--import', 'tsx', 'scripts/export-pdf.ts', '--pages', '3']).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toContain('Usage: npm run export:pdf');
  });
});

describe('export:pdf output path', () => {
  it('fails with a clear message and leaves no file when the path cannot be written', async () => {
    const blocker = join(folder, 'a-file');
    writeFileSync(blocker, 'not a folder');
    for (const [out, reason] of [
      ['/proc/x.pdf', /: no files can be created in that folder\.$|: permission denied\.$|: the file system is read-only\.$/],
      [join(blocker, 'x.pdf'), /: a part of the path is a file, not a folder\.$/],
      [join(folder, 'missing', 'x.pdf'), /: the folder does not exist\.$/],
      [folder, /: it is a folder\. Give a file name with --out\.$/],
    ] as const) {
      await expect(main(['--no-build', '--out', out], () => undefined), out).rejects.toThrow(reason);
      await expect(main(['--no-build', '--out', out], () => undefined), out).rejects.toThrow(/^Cannot write the PDF to /);
      if (out !== folder) expect(existsSync(out), out).toBe(false);
    }
    expect(readdirSync(folder)).toEqual(['a-file']);
  });
});
