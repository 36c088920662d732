/**
 * Location data in a PNG: an `eXIf` chunk (EXIF, which may hold a GPS block) and XMP packets kept in
 * `iTXt` (or `tEXt`/`zTXt`) chunks under the keyword `XML:com.adobe.xmp`. Chunks are walked by their
 * length fields only; the pixels are never decoded.
 */
import { tiffOrientation } from './jpegExif.ts';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const TEXT_CHUNKS = new Set(['iTXt', 'tEXt', 'zTXt']);
const XMP_KEYWORD = 'XML:com.adobe.xmp';

interface Chunk {
  type: string;
  /** Offsets of the whole chunk: length, type, data and CRC. */
  start: number;
  end: number;
  dataStart: number;
}

function chunks(bytes: Uint8Array): Chunk[] | null {
  if (bytes.length < 8 || SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: Chunk[] = [];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (end > bytes.length) break;
    found.push({ type, start: at, end, dataStart: at + 8 });
    if (type === 'IEND') break;
    at = end;
  }
  return found;
}

/**
 * Whether a chunk may tell where the photo was taken. An `eXIf` chunk is dropped whole (privacy
 * wins), once its orientation has been applied to the pixels (see `pngOrientation`). XMP is
 * dropped when it names a GPS position.
 */
function carriesLocation(bytes: Uint8Array, chunk: Chunk): boolean {
  if (chunk.type === 'eXIf') return true;
  if (!TEXT_CHUNKS.has(chunk.type)) return false;
  const keywordEnd = bytes.indexOf(0, chunk.dataStart);
  if (keywordEnd < 0 || keywordEnd >= chunk.end) return false;
  const keyword = Buffer.from(bytes.subarray(chunk.dataStart, keywordEnd)).toString('latin1');
  // A compressed (zTXt, or iTXt with its flag set) XMP packet cannot be searched without inflating: dropped.
  const compressed = chunk.type === 'zTXt' || (chunk.type === 'iTXt' && bytes[keywordEnd + 1] === 1);
  if (keyword !== XMP_KEYWORD) return false;
  return (
    compressed || /GPS(Latitude|Longitude|Altitude|Position)/.test(Buffer.from(bytes.subarray(keywordEnd, chunk.end)).toString('latin1'))
  );
}

/** The PNG without chunks that carry its location; the same array when there were none. */
export function stripPngGps(input: Uint8Array): Uint8Array {
  const all = chunks(input);
  if (!all) return input;
  const drop = all.filter((chunk) => carriesLocation(input, chunk));
  if (drop.length === 0) return input;
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const chunk of drop) {
    parts.push(input.subarray(from, chunk.start));
    from = chunk.end;
  }
  parts.push(input.subarray(from));
  return new Uint8Array(Buffer.concat(parts));
}

/** Whether the PNG still holds a chunk that may tell where it was taken. */
export function pngHasLocation(bytes: Uint8Array): boolean {
  return (chunks(bytes) ?? []).some((chunk) => carriesLocation(bytes, chunk));
}

/**
 * The orientation (1–8) in the PNG's `eXIf` chunk, 1 when it has none. The chunk holds a TIFF
 * structure as JPEG's APP1 does, though some writers keep JPEG's "Exif\0\0" in front of it.
 */
export function pngOrientation(bytes: Uint8Array): number {
  const exif = (chunks(bytes) ?? []).find((chunk) => chunk.type === 'eXIf');
  if (!exif) return 1;
  const dataEnd = exif.end - 4;
  const prefixed = Buffer.from(bytes.subarray(exif.dataStart, exif.dataStart + 6)).toString('latin1') === 'Exif\0\0';
  return tiffOrientation(bytes, exif.dataStart + (prefixed ? 6 : 0), dataEnd);
}
