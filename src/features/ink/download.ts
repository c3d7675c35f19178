import { downloadBlob } from '../../shell/download';
import { emptyDocument, type Stroke } from './model';

export const INK_FILE_NAME = 'tinte-vom-token-zur-antwort.json';

/** The ink as the JSON file of the export format (README, „Tinte“). */
export function inkFileText(strokes: readonly Stroke[]): string {
  return `${JSON.stringify(emptyDocument(strokes), null, 1)}\n`;
}

/** Offers the ink as a download. */
export function downloadInk(strokes: readonly Stroke[]): void {
  downloadBlob(new Blob([inkFileText(strokes)], { type: 'application/json' }), INK_FILE_NAME);
}
