import { PDFDocument } from 'pdf-lib';
import type { Article } from '../model/article.ts';
import type { PrintWarning } from '../model/print.ts';
import type { Block } from './blocks.ts';
import { embedFonts, type EmbeddedFonts, type FontLibrary } from './fonts.ts';
import type { PageLayout } from './layout.ts';
import type { Frame, PrintBoxes } from './paper.ts';
import { nextTurn } from './nextTurn.ts';
import { photoInfo, type PhotoInfo } from './photoInfo.ts';
import { preflight } from './preflight.ts';
import { writePages, type DocumentInfo } from './pdfWriter.ts';
import type { StyleSheet } from './styles.ts';

/** What printing needs from outside: the fonts, the photo files, the clock. Injected; core/pdf reads no files. */
export interface PrintInputs {
  fonts: FontLibrary;
  /** The bytes of a stored photo, or null when the file is not there. */
  loadPhoto(asset: string): Promise<Uint8Array | null>;
  now: Date;
}

export const PORTAL_NAME = 'Cổng thông tin điện tử tỉnh';

export interface PrintedPdf {
  bytes: Uint8Array;
  pages: PageLayout[];
  boxes: PrintBoxes;
  frame: Frame;
  warnings: PrintWarning[];
}

export interface Job {
  doc: PDFDocument;
  fonts: EmbeddedFonts;
  /** Each photo's size and orientation, read from its header; its bytes are read again when it is embedded. */
  photos: Map<string, PhotoInfo>;
  loadPhoto: PrintInputs['loadPhoto'];
}

/** A new document with the fonts embedded and the header of every photo of the articles read once. */
export async function startJob(blocks: readonly Block[], inputs: PrintInputs, otherAssets: readonly string[] = []): Promise<Job> {
  const doc = await PDFDocument.create();
  const fonts = await embedFonts(doc, inputs.fonts);
  const photos = new Map<string, PhotoInfo>();
  const assets = [...blocks.flatMap((block) => (block.kind === 'photo' ? [block.asset] : [])), ...otherAssets];
  for (const asset of assets) {
    if (!photos.has(asset)) photos.set(asset, photoInfo(await inputs.loadPhoto(asset).catch(() => null)));
  }
  return { doc, fonts, photos, loadPhoto: inputs.loadPhoto };
}

export async function finishJob(
  job: Job,
  layout: { boxes: PrintBoxes; frame: Frame; styles: StyleSheet; pages: PageLayout[] },
  articles: ReadonlyArray<{ article: Article; blocks: readonly Block[] }>,
  info: DocumentInfo,
  runningName = PORTAL_NAME,
): Promise<PrintedPdf> {
  const failed = await writePages({ ...job, ...layout, portalName: runningName, info });
  // A photo whose header read well but which pdf-lib could not embed printed as a placeholder.
  for (const asset of failed) job.photos.set(asset, { ok: false, problem: 'corrupt' });
  const warnings = preflight(articles, job.photos, layout.pages);
  // Saving makes every font's subset in one go (a tenth of a second for a bulletin): made here
  // first, one font a turn, saving finds them done.
  for (const font of Object.values(job.fonts.faces)) {
    await font.embed();
    await nextTurn();
  }
  const bytes = await job.doc.save({ useObjectStreams: true });
  return { bytes, pages: layout.pages, boxes: layout.boxes, frame: layout.frame, warnings };
}
