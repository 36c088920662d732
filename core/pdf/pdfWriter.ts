import { deflateSync } from 'node:zlib';
import {
  beginText,
  degrees,
  drawImage,
  drawLine,
  drawRectangle,
  endText,
  PDFArray,
  PDFContentStream,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  PDFRawStream,
  PDFString,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingRgbColor,
  setFontAndSize,
  setTextMatrix,
  showText,
  type PDFDocument,
  type PDFImage,
  type PDFPage,
} from 'pdf-lib';
import type { EmbeddedFonts } from './fonts.ts';
import type { Face, PageItem, PageLayout, Rgb } from './layout.ts';
import { cropMarkGeometry, mediaSize, trimOffset, type Frame, type PrintBoxes } from './paper.ts';
import { fitOnOneLine } from './masthead.ts';
import { nextTurn } from './nextTurn.ts';
import type { PhotoInfo } from './photoInfo.ts';
import { photoForPrint } from './printResolution.ts';
import { GREY, INK, type StyleSheet } from './styles.ts';

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  created: Date;
}

export interface WriteInput {
  doc: PDFDocument;
  fonts: EmbeddedFonts;
  boxes: PrintBoxes;
  frame: Frame;
  styles: StyleSheet;
  pages: readonly PageLayout[];
  photos: ReadonlyMap<string, PhotoInfo>;
  loadPhoto(asset: string): Promise<Uint8Array | null>;
  /** Left of every running header: the portal's name, or the bulletin's name and issue. */
  portalName: string;
  info: DocumentInfo;
}

/** Draws typeset pages into the document; returns the assets that could not be embedded. */
export async function writePages(input: WriteInput): Promise<Set<string>> {
  const { doc, boxes, pages, info } = input;
  const [mediaWidth, mediaHeight] = mediaSize(boxes);
  const offset = trimOffset(boxes);
  const failed = new Set<string>();
  const images = new Map<string, PDFImage | null>();
  const printedWidths = new Map<string, number>();
  for (const layout of pages) {
    for (const item of layout.items)
      if (item.kind === 'photo') printedWidths.set(item.asset, Math.max(printedWidths.get(item.asset) ?? 0, item.width));
  }
  const embed = (asset: string) => embedOnce(input, images, asset, printedWidths.get(asset) ?? 0);

  const pdfPages = pages.map(() => {
    const page = doc.addPage([mediaWidth, mediaHeight]);
    page.setBleedBox(offset - boxes.bleed, offset - boxes.bleed, boxes.trimWidth + 2 * boxes.bleed, boxes.trimHeight + 2 * boxes.bleed);
    page.setTrimBox(offset, offset, boxes.trimWidth, boxes.trimHeight);
    return page;
  });

  for (const [index, layout] of pages.entries()) {
    const canvas = new Canvas(doc, pdfPages[index]!, input.fonts, offset, boxes.trimHeight);
    for (const item of layout.items) await drawItem(canvas, item, input, embed, failed, pdfPages);
    drawRunningHeadAndFoot(canvas, input, layout, index, pages.length);
    if (boxes.cropMarks) drawCropMarks(canvas, boxes);
    canvas.seal();
    await nextTurn();
  }

  doc.setTitle(info.title.normalize('NFC'), { showInWindowTitleBar: true });
  doc.setAuthor(info.author.normalize('NFC'));
  doc.setSubject(info.subject.normalize('NFC'));
  doc.setKeywords(info.keywords.map((k) => k.normalize('NFC')));
  doc.setLanguage('vi');
  doc.setCreator('Newsdesk');
  doc.setProducer('Newsdesk (pdf-lib)');
  doc.setCreationDate(info.created);
  doc.setModificationDate(info.created);
  return failed;
}

/**
 * Trim coordinates (y down, origin top-left of the trimmed page) onto a PDF page (y up, bleed and
 * slug around). The page's drawing is gathered here and written into the document, compressed, as
 * soon as the page is done (`seal`): pdf-lib would otherwise keep every operator of every page as
 * objects until the whole file is saved, which for a 100-page bulletin is most of its memory.
 */
class Canvas {
  private readonly fontKeys = new Map<Face, PDFName>();
  private ops: PDFOperator[] = [];

  constructor(
    readonly doc: PDFDocument,
    readonly page: PDFPage,
    readonly fonts: EmbeddedFonts,
    private readonly offset: number,
    private readonly trimHeight: number,
  ) {}

  x(x: number): number {
    return this.offset + x;
  }
  y(y: number): number {
    return this.offset + this.trimHeight - y;
  }

  fontKey(face: Face): PDFName {
    let key = this.fontKeys.get(face);
    if (!key) {
      const font = this.fonts.faces[face];
      key = this.page.node.newFontDictionary(font.name, font.ref);
      this.fontKeys.set(face, key);
    }
    return key;
  }

  /** One text line as a single TJ array: justification goes into its numeric adjustments. */
  line(item: Extract<PageItem, { kind: 'line' }>): void {
    const ops: PDFOperator[] = [beginText(), setTextMatrix(1, 0, 0, 1, this.x(item.x), this.y(item.y))];
    let face: Face | null = null;
    let size = 0;
    let color: Rgb | null = null;
    let array: PDFArray | null = null;
    const flush = () => {
      if (array) ops.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [array]));
      array = null;
    };
    for (const piece of item.pieces) {
      if (piece.face !== face || piece.size !== size) {
        flush();
        ops.push(setFontAndSize(this.fontKey(piece.face), piece.size));
        face = piece.face;
        size = piece.size;
      }
      if (color === null || piece.color.some((c, i) => c !== color![i])) {
        flush();
        ops.push(setFillingRgbColor(...piece.color));
        color = piece.color;
      }
      array ??= PDFArray.withContext(this.doc.context);
      if (piece.shift !== 0) array.push(PDFNumber.of(-Math.round((piece.shift * 1000) / piece.size)));
      array.push(this.fonts.faces[piece.face].encodeText(piece.text));
    }
    flush();
    ops.push(endText());
    this.ops.push(...ops);
  }

  text(text: string, x: number, baseline: number, face: Face, size: number, color: Rgb): void {
    this.ops.push(
      pushGraphicsState(),
      setFillingRgbColor(...color),
      beginText(),
      setFontAndSize(this.fontKey(face), size),
      setTextMatrix(1, 0, 0, 1, this.x(x), this.y(baseline)),
      showText(this.fonts.faces[face].encodeText(text.normalize('NFC'))),
      endText(),
      popGraphicsState(),
    );
  }

  rect(x: number, y: number, width: number, height: number, color: Rgb, border?: Rgb): void {
    this.ops.push(
      ...drawRectangle({
        x: this.x(x),
        y: this.y(y + height),
        width,
        height,
        color: rgb(...color),
        borderColor: border ? rgb(...border) : undefined,
        borderWidth: border ? 0.6 : 0,
        ...UPRIGHT,
      }),
    );
  }

  image(image: PDFImage, x: number, y: number, width: number, height: number): void {
    const key = this.page.node.newXObject('Image', image.ref);
    this.ops.push(...drawImage(key, { x: this.x(x), y: this.y(y + height), width, height, ...UPRIGHT }));
  }

  /** A hairline in PDF coordinates (crop marks sit outside the trim). */
  hairline(x1: number, y1: number, x2: number, y2: number): void {
    this.ops.push(...drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.25, color: rgb(0, 0, 0) }));
  }

  /** Writes the page's drawing into the document as one compressed stream and lets the operators go. */
  seal(): void {
    const plain = PDFContentStream.of(this.doc.context.obj({}), this.ops, false).getUnencodedContents();
    const stream = PDFRawStream.of(this.doc.context.obj({ Filter: 'FlateDecode' }), deflateSync(plain));
    this.page.node.addContentStream(this.doc.context.register(stream));
    this.ops = [];
  }

  annotation(x: number, y: number, width: number, height: number, fields: Record<string, unknown>): void {
    const rect = [this.x(x), this.y(y + height), this.x(x + width), this.y(y)];
    const annot = this.doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], ...fields } as never);
    this.page.node.addAnnot(this.doc.context.register(annot));
  }
}

async function drawItem(
  canvas: Canvas,
  item: PageItem,
  input: WriteInput,
  embed: (asset: string) => Promise<PDFImage | null>,
  failed: Set<string>,
  pdfPages: PDFPage[],
): Promise<void> {
  switch (item.kind) {
    case 'line':
      return canvas.line(item);
    case 'rule':
      return canvas.rect(item.x, item.y, item.width, item.height, item.color);
    case 'placeholder':
      return drawPlaceholder(canvas, item, input);
    case 'photo': {
      const image = await embed(item.asset);
      if (!image) {
        failed.add(item.asset);
        return drawPlaceholder(canvas, { ...item, kind: 'placeholder', label: 'Tệp ảnh bị hỏng' }, input);
      }
      return canvas.image(image, item.x, item.y, item.width, item.height);
    }
    case 'link':
      return canvas.annotation(item.x, item.y, item.width, item.height, {
        A: canvas.doc.context.obj({ Type: 'Action', S: 'URI', URI: PDFString.of(item.url) }),
      });
    case 'goto': {
      const target = pdfPages[item.page];
      if (target) canvas.annotation(item.x, item.y, item.width, item.height, { Dest: [target.ref, PDFName.of('Fit')] });
      return;
    }
  }
}

/**
 * Each photo goes in once, at 300 dpi of the widest size it prints at in this document. Its file
 * is read here and let go as soon as the print copy is in the document, which keeps only that copy.
 */
async function embedOnce(
  input: WriteInput,
  images: Map<string, PDFImage | null>,
  asset: string,
  printedWidth: number,
): Promise<PDFImage | null> {
  if (images.has(asset)) return images.get(asset)!;
  const info = input.photos.get(asset);
  let image: PDFImage | null = null;
  const bytes = info?.ok ? await input.loadPhoto(asset).catch(() => null) : null;
  if (info?.ok && bytes) {
    try {
      const photo = await photoForPrint(bytes, info, printedWidth);
      image = photo.format === 'jpg' ? await input.doc.embedJpg(photo.bytes) : await input.doc.embedPng(photo.bytes);
      // Into the document now: pdf-lib otherwise keeps each image's decoder until the file is saved.
      await image.embed();
    } catch {
      image = null;
    }
  }
  images.set(asset, image);
  return image;
}

const UPRIGHT = { rotate: degrees(0), xSkew: degrees(0), ySkew: degrees(0) };

/** A missing or unreadable photo still takes its place on the page, visibly, with what went wrong. */
function drawPlaceholder(canvas: Canvas, item: Extract<PageItem, { kind: 'placeholder' }>, input: WriteInput): void {
  canvas.rect(item.x, item.y, item.width, item.height, [0.93, 0.93, 0.93], [0.55, 0.55, 0.55]);
  const size = input.styles.caption.size * 1.2;
  const width = input.fonts.measure('sansBold', item.label) * size;
  canvas.text(item.label, item.x + (item.width - width) / 2, item.y + item.height / 2 + size * 0.35, 'sansBold', size, GREY);
}

function drawRunningHeadAndFoot(canvas: Canvas, input: WriteInput, layout: PageLayout, index: number, count: number): void {
  const { frame, styles, fonts } = input;
  const style = styles.running;
  if (layout.section !== null) {
    canvas.text(input.portalName, frame.left, frame.headerBaseline, 'sans', style.size, GREY);
    const room = frame.width - fonts.measure('sans', input.portalName) * style.size - 24;
    const section = fitOnOneLine(layout.section.toLocaleUpperCase('vi'), 'sansBold', style.size, room, fonts.measure);
    const width = fonts.measure('sansBold', section) * style.size;
    canvas.text(section, frame.left + frame.width - width, frame.headerBaseline, 'sansBold', style.size, INK);
    canvas.rect(frame.left, frame.headerBaseline + 3.5, frame.width, 0.5, GREY);
  }
  const folio = `Trang ${index + 1}/${count}`;
  const size = style.size + 0.5;
  const width = fonts.measure('sans', folio) * size;
  canvas.text(folio, frame.left + (frame.width - width) / 2, frame.footerBaseline, 'sans', size, INK);
}

/** Marks at each trim corner, in the slug outside the bleed so that they never print on the page. */
function drawCropMarks(canvas: Canvas, boxes: PrintBoxes): void {
  const o = trimOffset(boxes);
  const start = boxes.bleed + cropMarkGeometry.gap;
  const { length } = cropMarkGeometry;
  const xs = [o, o + boxes.trimWidth];
  const ys = [o, o + boxes.trimHeight];
  const line = (x1: number, y1: number, x2: number, y2: number) => canvas.hairline(x1, y1, x2, y2);
  for (const [i, x] of xs.entries()) {
    const out = i === 0 ? -1 : 1;
    for (const [j, y] of ys.entries()) {
      const up = j === 0 ? -1 : 1;
      line(x + out * start, y, x + out * (start + length), y);
      line(x, y + up * start, x, y + up * (start + length));
    }
  }
}
