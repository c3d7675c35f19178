import type { PDFDocument } from 'pdf-lib';
export type OutlineEntry = { title: string; pageIndex: number };
export function addOutline(pdfDoc: PDFDocument, entries: ReadonlyArray<OutlineEntry>): void;
export function readOutline(pdfDoc: PDFDocument): OutlineEntry[];
