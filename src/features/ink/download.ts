import { emptyDocument, type Stroke } from './model';

export const INK_FILE_NAME = 'tinte-vom-token-zur-antwort.json';

/** The ink as the JSON file of the export format (README, „Tinte“). */
export function inkFileText(strokes: readonly Stroke[]): string {
  return `${JSON.stringify(emptyDocument(strokes), null, 1)}\n`;
}

/** Offers the ink as a download. */
export function downloadInk(strokes: readonly Stroke[]): void {
  const url = URL.createObjectURL(new Blob([inkFileText(strokes)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = INK_FILE_NAME;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returned; the URL is released after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
