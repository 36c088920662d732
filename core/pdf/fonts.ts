import fontkit from 'fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { FACES, type Face } from './layout.ts';
import { cachedMeasure, type MeasureText } from './measure.ts';
import { nextTurn } from './nextTurn.ts';

/** The TrueType files of the five cuts the layout uses (Noto Serif and Noto Sans, Vietnamese included). */
export type FontFiles = Readonly<Record<Face, Uint8Array>>;

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type ParsedFont = ReturnType<Fontkit['create']>;

/**
 * The fonts, parsed once and shared by every document made from them: fontkit decodes a font's
 * tables lazily and keeps them, so a second bulletin costs no font parsing at all.
 */
export interface FontLibrary {
  readonly bytes: Readonly<Record<Face, Buffer>>;
  /** What pdf-lib is given as its fontkit: `create` answers our own font files from the cache. */
  readonly fontkit: Fontkit;
  postscriptName(face: Face): string;
}

export function fontLibrary(files: FontFiles): FontLibrary {
  // fontkit 1.9 recognises a font only in a Node Buffer, not in a plain Uint8Array.
  const bytes = Object.fromEntries(
    FACES.map((face) => [face, Buffer.from(files[face].buffer, files[face].byteOffset, files[face].byteLength)]),
  ) as Record<Face, Buffer>;
  const parsed = new Map<Uint8Array, ParsedFont>();
  const create = (data: Uint8Array) => {
    let font = parsed.get(data);
    if (!font) {
      font = (fontkit as unknown as Fontkit).create(data);
      // fontkit keeps the first glyph object it makes for an id, with the characters it was asked
      // for. Subsetting one document asks for composite glyphs' parts (ư inside ừ) with none, and
      // the next document's ToUnicode would then lose "ư". Meeting every glyph through its
      // character first keeps the characters on it.
      for (const codePoint of font.characterSet) font.glyphForCodePoint(codePoint);
      parsed.set(data, font);
    }
    return font;
  };
  return {
    bytes,
    fontkit: { create } as Fontkit,
    postscriptName: (face) => (create(bytes[face]) as { postscriptName?: string }).postscriptName ?? face,
  };
}

export interface EmbeddedFonts {
  faces: Record<Face, PDFFont>;
  measure: MeasureText;
}

/**
 * Embeds each cut as a subset. fontkit 1.9.0 is registered, not @pdf-lib/fontkit, which subsets
 * TrueType wrongly (blank glyphs). The base font name carries a six-letter subset tag
 * (PDF 32000 §9.6.4), which is also how prepress tools tell a subset font.
 *
 * Only glyph mapping is asked of the shaper: pdf-lib draws glyphs at their advance widths without
 * GPOS offsets, so kerning and mark positioning would be computed for nothing, and composition
 * (ccmp) must stay off: Noto Sans decomposes ẹ ị ọ ụ into a letter and a combining dot that GPOS
 * would place, so the dot would land beside the letter and the text extract as "nghi". Every
 * Vietnamese letter has a precomposed glyph in these fonts and the text is NFC, so nothing is lost.
 */
export async function embedFonts(doc: PDFDocument, library: FontLibrary): Promise<EmbeddedFonts> {
  doc.registerFontkit(library.fontkit);
  const faces = {} as Record<Face, PDFFont>;
  for (const [index, face] of FACES.entries()) {
    const tag = `NDSUB${String.fromCharCode(65 + index)}`;
    faces[face] = await doc.embedFont(library.bytes[face], {
      subset: true,
      customName: `${tag}+${library.postscriptName(face)}`,
      features: { ...SHAPING_OFF },
    });
    // Reading a font is a long piece of work the first time a process does it.
    await nextTurn();
  }
  return { faces, measure: cachedMeasure((face, text) => faces[face].widthOfTextAtSize(text, 1)) };
}

const SHAPING_OFF = Object.fromEntries(
  [
    'ccmp',
    'locl',
    'rlig',
    'rvrn',
    'liga',
    'clig',
    'calt',
    'rclt',
    'kern',
    'mark',
    'mkmk',
    'curs',
    'frac',
    'numr',
    'dnom',
    'ltra',
    'ltrm',
  ].map((f) => [f, false]),
);
