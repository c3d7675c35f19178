import { render, screen } from '@testing-library/react';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { handoutFailure, readInkFile } from '../../../scripts/export-pdf';
import { SLIDES } from '../../../slides';
import { Handout } from '../../../src/features/handout/Handout';
import { encodeRecording } from '../../../src/features/recording/format';
import { inkRecording } from './inkRecording';

// `npm run export:pdf -- --ink FILE` with a file it cannot use, the whole way without a browser:
// the export script reads the file (readInkFile), the handout view checks it and shows why not (its
// status line), and the script turns that line into its error (handoutFailure).

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'ink-file-'));
  // The handout waits for the fonts before it says it is done; jsdom has none to wait for.
  Object.defineProperty(document, 'fonts', { configurable: true, value: { ready: Promise.resolve() } });
});
afterEach(() => {
  delete window.__VOM_TOKEN_INK__;
});
afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  Reflect.deleteProperty(document, 'fonts');
});

/** What the export reports for `file`: its own error, or the handout's status line turned into it. */
function exportFailure(file: string): string {
  let handed: ReturnType<typeof readInkFile>;
  try {
    handed = readInkFile(file);
  } catch (error) {
    return (error as Error).message;
  }
  window.__VOM_TOKEN_INK__ = handed;
  render(<Handout slides={SLIDES} options={{ finalOnly: true, notes: false }} />);
  const shown = screen.getByRole('alert').textContent ?? '';
  return handoutFailure(shown, [], file).message;
}

describe('an ink file the export cannot use', () => {
  it('that does not exist or is a folder: says so, before anything is built', () => {
    const missing = join(folder, 'fehlt.json');
    expect(exportFailure(missing)).toBe(`Cannot read the ink file ${missing}: it does not exist.`);
    const sub = join(folder, 'ordner.json');
    mkdirSync(sub);
    expect(exportFailure(sub)).toBe(`Cannot read the ink file ${sub}: it is a folder.`);
  });

  it('that is not JSON: says so and where the right file comes from', () => {
    const notJson = join(folder, 'broken.json');
    writeFileSync(notJson, '{"format": "vom-token-zur-antwort-ink", "strokes": [');
    expect(exportFailure(notJson)).toMatch(
      new RegExp(`^The ink file ${notJson} is not JSON \\(.+\\)\\. Save the ink from the deck's drawing toolbar \\(„Tinte als Datei sichern“\\), or give a recording \\(\\.vtzrec\\)\\.$`),
    );
  });

  it('that is JSON but no ink document: the handout names the field, and the export the file', () => {
    const wrong = join(folder, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ format: 'vom-token-zur-antwort-ink', version: 1, strokes: 'none' }));
    expect(exportFailure(wrong)).toBe(`Cannot use the ink file ${wrong}: Die Tinte-Datei ist ungültig: „strokes“ ist keine Liste: „none“`);
  });

  it('a recording cut short: the player’s message, naming the recording', () => {
    const bytes = encodeRecording(inkRecording().recording, null);
    const cut = join(folder, 'abgeschnitten.vtzrec');
    writeFileSync(cut, bytes.subarray(0, bytes.byteLength - 20));
    expect(exportFailure(cut)).toMatch(
      new RegExp(`^Cannot use the ink file ${cut}: Die Aufzeichnung ist ungültig: Die Aufzeichnung ist abgeschnitten`),
    );
  });

  it('any other failure of the handout is not blamed on the ink file', () => {
    expect(handoutFailure('Das Handout konnte nicht geladen werden: Failed to fetch', ['TypeError: x'], '/tmp/tinte.json').message).toBe(
      'The handout did not render: Das Handout konnte nicht geladen werden: Failed to fetch; TypeError: x',
    );
  });
});
