// PDF bookmarks (the "outline", PDF 1.7 section 12.3.3) for pdf-lib, which has no high-level API for them.
//
// The outline is a linked list of dictionaries hanging off the document catalog:
//
//   Catalog  /Outlines -> Outlines root  { /Type /Outlines  /First  /Last  /Count n }
//   item i   { /Title  /Parent (the root)  /Prev  /Next  /Dest [page /Fit] }
//
// One level is all the deck needs: one entry per slide, pointing at the slide's first page.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';

export type OutlineEntry = { title: string; pageIndex: number };

/**
 * Adds a flat outline to `pdfDoc`: for each `{ title, pageIndex }`, a bookmark that opens the page
 * `pageIndex` (0-based) fitted in the window. Viewers show the bookmark panel when the file opens.
 */
export function addOutline(pdfDoc: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return;
  const { context, catalog } = pdfDoc;
  const pages = pdfDoc.getPages();
  for (const { title, pageIndex } of entries) {
    if (!Number.isInteger(pageIndex) || pageIndex < 0 || pageIndex >= pages.length) {
      throw new Error(`Bookmark "${title}" points at page ${pageIndex}, but the PDF has ${pages.length} pages.`);
    }
  }

  // Reserve a reference for every dictionary first: the items point at each other.
  const rootRef = context.nextRef();
  const itemRefs = entries.map(() => context.nextRef());

  entries.forEach(({ title, pageIndex }, i) => {
    const destination = PDFArray.withContext(context);
    destination.push(pages[pageIndex].ref);
    destination.push(PDFName.of('Fit'));

    const item = PDFDict.withContext(context);
    // A hex string in UTF-16 keeps umlauts and dashes ("Übersicht – …") intact.
    item.set(PDFName.of('Title'), PDFHexString.fromText(title));
    item.set(PDFName.of('Parent'), rootRef);
    if (i > 0) item.set(PDFName.of('Prev'), itemRefs[i - 1]);
    if (i < entries.length - 1) item.set(PDFName.of('Next'), itemRefs[i + 1]);
    item.set(PDFName.of('Dest'), destination);
    context.assign(itemRefs[i], item);
  });

  const root = PDFDict.withContext(context);
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  root.set(PDFName.of('First'), itemRefs[0]);
  root.set(PDFName.of('Last'), itemRefs[itemRefs.length - 1]);
  root.set(PDFName.of('Count'), PDFNumber.of(entries.length));
  context.assign(rootRef, root);

  catalog.set(PDFName.of('Outlines'), rootRef);
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Reads a flat outline back: `[{ title, pageIndex }]` in order. Used by the tests and as a check. */
export function readOutline(pdfDoc: PDFDocument): OutlineEntry[] {
  const { context, catalog } = pdfDoc;
  const root = catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!root) return [];
  const pageRefs = pdfDoc.getPages().map((page) => page.ref.toString());
  const entries: OutlineEntry[] = [];
  let ref = root.get(PDFName.of('First')) as PDFRef | undefined;
  for (let guard = 0; ref && guard < 100_000; guard += 1) {
    const item = context.lookup(ref, PDFDict);
    const title = item.lookup(PDFName.of('Title'));
    const destination = item.lookupMaybe(PDFName.of('Dest'), PDFArray);
    const target = destination?.get(0)?.toString();
    entries.push({
      title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : String(title),
      pageIndex: target ? pageRefs.indexOf(target) : -1,
    });
    ref = item.get(PDFName.of('Next')) as PDFRef | undefined;
  }
  return entries;
}
