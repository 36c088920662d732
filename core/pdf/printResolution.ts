import type { PhotoInfo } from './photoInfo.ts';

/** Photos are embedded at no more than this resolution of the size they print at. */
export const EMBED_DPI = 300;
const JPEG_QUALITY = 85;

/**
 * The photo as it goes into the PDF: scaled down to 300 dpi of its printed width and turned
 * upright from its EXIF orientation, with sharp (libvips). A photo already small enough and
 * upright goes in as it is. The library keeps the original file; only the PDF gets the copy.
 */
export async function photoForPrint(
  bytes: Uint8Array,
  info: Extract<PhotoInfo, { ok: true }>,
  printedWidthPt: number,
): Promise<{ format: 'jpg' | 'png'; bytes: Uint8Array }> {
  const widthPx = Math.ceil((printedWidthPt / 72) * EMBED_DPI);
  const tooLarge = info.width > widthPx;
  if (!tooLarge && info.orientation === 1) return { format: info.format, bytes };
  const { default: sharp } = await import('sharp');
  let image = sharp(bytes, { failOn: 'error' }).rotate();
  if (tooLarge) image = image.resize({ width: widthPx, withoutEnlargement: true });
  const out =
    info.format === 'png'
      ? await image.png({ compressionLevel: 9 }).toBuffer()
      : await image.jpeg({ quality: JPEG_QUALITY, optimiseCoding: false }).toBuffer();
  return { format: info.format, bytes: new Uint8Array(out.buffer, out.byteOffset, out.byteLength) };
}
