import { PDFDocument } from 'pdf-lib';
import { mm } from './paper.ts';

const SHEET: [number, number] = [mm(297), mm(210)];

/**
 * Page numbers (0-based) on each side of each sheet, for saddle stitching: `count` pages padded
 * with blanks at the end to a multiple of four; null is a blank half. Folded and nested, the
 * printed sheets read in order.
 */
export function saddleStitchOrder(count: number): Array<[number | null, number | null]> {
  const total = Math.max(4, Math.ceil(count / 4) * 4);
  const page = (n: number) => (n < count ? n : null);
  const sides: Array<[number | null, number | null]> = [];
  for (let sheet = 0; sheet < total / 4; sheet++) {
    sides.push([page(total - 1 - 2 * sheet), page(2 * sheet)]);
    sides.push([page(2 * sheet + 1), page(total - 2 - 2 * sheet)]);
  }
  return sides;
}

/** A5 pages laid two-up on A4 landscape, one sheet side per PDF page, for duplex printing and folding. */
export async function imposeBooklet(a5Pdf: Uint8Array): Promise<Uint8Array> {
  const source = await PDFDocument.load(a5Pdf);
  const out = await PDFDocument.create();
  const count = source.getPageCount();
  const embedded = await out.embedPdf(source, [...Array(count).keys()]);
  const half = SHEET[0] / 2;
  for (const [left, right] of saddleStitchOrder(count)) {
    const sheet = out.addPage(SHEET);
    for (const [slot, index] of [left, right].entries()) {
      if (index === null) continue;
      const page = embedded[index]!;
      sheet.drawPage(page, { x: slot * half + (half - page.width) / 2, y: (SHEET[1] - page.height) / 2 });
    }
  }
  out.setTitle(source.getTitle() ?? '', { showInWindowTitleBar: true });
  out.setAuthor(source.getAuthor() ?? '');
  out.setSubject(source.getSubject() ?? '');
  out.setLanguage('vi');
  out.setCreator('Newsdesk');
  out.setProducer('Newsdesk (pdf-lib)');
  const created = source.getCreationDate();
  if (created) {
    out.setCreationDate(created);
    out.setModificationDate(created);
  }
  return out.save({ useObjectStreams: true });
}
