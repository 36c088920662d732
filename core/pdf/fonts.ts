import fontkit from 'fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { FACES, type Face } from './layout.ts';
import { cachedMeasure, type MeasureText } from './measure.ts';

/** The TrueType files of the five cuts the layout uses (Noto Serif and Noto Sans, Vietnamese included). */
export type FontFiles = Readonly<Record<Face, Uint8Array>>;

export interface EmbeddedFonts {
  faces: Record<Face, PDFFont>;
  measure: MeasureText;
}

/**
 * Embeds each cut as a subset. fontkit 1.9.0 is registered, not @pdf-lib/fontkit, which subsets
 * TrueType wrongly (blank glyphs). The base font name carries a six-letter subset tag
 * (PDF 32000 §9.6.4), which is also how prepress tools tell a subset font.
 *
 * Glyph composition (ccmp) is off: Noto Sans decomposes ẹ ị ọ ụ into a base letter and a
 * combining dot that GPOS would place, but pdf-lib draws glyphs without GPOS offsets, so the dot
 * lands beside the letter and the text extracts as "nghi". Every Vietnamese letter has a
 * precomposed glyph in these fonts, and the text is NFC, so nothing is lost.
 */
export async function embedFonts(doc: PDFDocument, files: FontFiles): Promise<EmbeddedFonts> {
  doc.registerFontkit(fontkit as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
  const faces = {} as Record<Face, PDFFont>;
  for (const [index, face] of FACES.entries()) {
    // fontkit 1.9 recognises a font only in a Node Buffer, not in a plain Uint8Array.
    const bytes = Buffer.from(files[face].buffer, files[face].byteOffset, files[face].byteLength);
    const probe = fontkit.create(bytes) as { postscriptName?: string };
    const tag = `NDSUB${String.fromCharCode(65 + index)}`;
    faces[face] = await doc.embedFont(bytes, {
      subset: true,
      customName: `${tag}+${probe.postscriptName ?? face}`,
      features: { ccmp: false },
    });
  }
  return { faces, measure: cachedMeasure((face, text) => faces[face].widthOfTextAtSize(text, 1)) };
}
