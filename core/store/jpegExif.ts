/**
 * Reporters' phones write where a photo was taken into its EXIF data. The newsroom publishes the
 * photo, not the place: GPS data is removed before a photo enters the library, while the
 * orientation tag (how the camera was held) is kept so the photo still shows upright.
 */

const SOI = 0xd8;
const SOS = 0xda;
const APP1 = 0xe1;
const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00]; // "Exif\0\0"
const XMP_HEADER = 'http://ns.adobe.com/xap/1.0/\0';
const GPS_IFD_TAG = 0x8825;
const ORIENTATION_TAG = 0x0112;
/** Bytes per value of each TIFF field type (BYTE, ASCII, SHORT, LONG, RATIONAL, …). */
const TYPE_SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8 };

interface Segment {
  marker: number;
  /** Offset of the marker's 0xFF byte. */
  start: number;
  /** Offset just past the segment. */
  end: number;
}

/** The JPEG's marker segments before the image data, or null when the bytes are not a well-formed JPEG head. */
function headerSegments(bytes: Uint8Array): Segment[] | null {
  if (bytes[0] !== 0xff || bytes[1] !== SOI) return null;
  const segments: Segment[] = [];
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset++; // fill byte
      continue;
    }
    if (marker === SOS) return segments;
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    const end = offset + 2 + length;
    if (length < 2 || end > bytes.length) return null;
    segments.push({ marker, start: offset, end });
    offset = end;
  }
  return null;
}

function hasPrefix(bytes: Uint8Array, offset: number, prefix: readonly number[]): boolean {
  return prefix.every((value, i) => bytes[offset + i] === value);
}

/** A view of the TIFF structure inside an EXIF segment, reading in the byte order it declares. */
class Tiff {
  readonly little: boolean;

  constructor(
    private readonly view: DataView,
    /** Offset of the TIFF header within `view`. */
    readonly base: number,
    readonly limit: number,
  ) {
    const order = view.getUint16(base);
    if (order !== 0x4949 && order !== 0x4d4d) throw new RangeError('not a TIFF header');
    this.little = order === 0x4949;
    if (this.u16(2) !== 42) throw new RangeError('not a TIFF header');
  }

  private check(relative: number, size: number): number {
    const at = this.base + relative;
    if (relative < 0 || at + size > this.limit) throw new RangeError('EXIF offset outside its segment');
    return at;
  }

  u16(relative: number): number {
    return this.view.getUint16(this.check(relative, 2), this.little);
  }

  u32(relative: number): number {
    return this.view.getUint32(this.check(relative, 4), this.little);
  }

  setU16(relative: number, value: number): void {
    this.view.setUint16(this.check(relative, 2), value, this.little);
  }

  setU32(relative: number, value: number): void {
    this.view.setUint32(this.check(relative, 4), value, this.little);
  }

  zero(relative: number, size: number): void {
    const at = this.check(relative, size);
    for (let i = 0; i < size; i++) this.view.setUint8(at + i, 0);
  }

  copyWithin(targetRelative: number, startRelative: number, endRelative: number): void {
    const bytes = new Uint8Array(this.view.buffer, this.view.byteOffset, this.view.byteLength);
    this.check(startRelative, endRelative - startRelative);
    this.check(targetRelative, endRelative - startRelative);
    bytes.copyWithin(this.base + targetRelative, this.base + startRelative, this.base + endRelative);
  }

  /** Offset (relative to the TIFF header) of IFD0's first entry count. */
  get ifd0(): number {
    return this.u32(4);
  }

  /** The index of the entry with `tag` in the IFD at `ifd`, or -1. */
  findEntry(ifd: number, tag: number): number {
    const count = this.u16(ifd);
    for (let i = 0; i < count; i++) if (this.u16(ifd + 2 + i * 12) === tag) return i;
    return -1;
  }
}

function exifTiff(bytes: Uint8Array, segment: Segment): Tiff | null {
  const dataStart = segment.start + 4;
  if (!hasPrefix(bytes, dataStart, EXIF_HEADER)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Tiff(view, dataStart + EXIF_HEADER.length, segment.end);
}

/** Erases the GPS IFD (its entries and the values they point to) and removes IFD0's pointer to it. */
function eraseGps(tiff: Tiff): boolean {
  const ifd0 = tiff.ifd0;
  const index = tiff.findEntry(ifd0, GPS_IFD_TAG);
  if (index < 0) return false;
  const gps = tiff.u32(ifd0 + 2 + index * 12 + 8);
  const gpsCount = tiff.u16(gps);
  for (let i = 0; i < gpsCount; i++) {
    const entry = gps + 2 + i * 12;
    const size = (TYPE_SIZES[tiff.u16(entry + 2)] ?? 1) * tiff.u32(entry + 4);
    if (size > 4) tiff.zero(tiff.u32(entry + 8), size);
  }
  tiff.zero(gps, 2 + gpsCount * 12 + 4);

  // Close the gap the pointer leaves in IFD0: later entries and the next-IFD offset move up.
  const count = tiff.u16(ifd0);
  const entry = ifd0 + 2 + index * 12;
  const tableEnd = ifd0 + 2 + count * 12 + 4;
  tiff.copyWithin(entry, entry + 12, tableEnd);
  tiff.zero(tableEnd - 12, 12);
  tiff.setU16(ifd0, count - 1);
  return true;
}

function isXmpWithGps(bytes: Uint8Array, segment: Segment): boolean {
  const dataStart = segment.start + 4;
  if (latin1(bytes, dataStart, dataStart + XMP_HEADER.length) !== XMP_HEADER) return false;
  return /GPS(Latitude|Longitude|Altitude|Position)/.test(latin1(bytes, dataStart, segment.end));
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(end, bytes.length) - start)).toString('latin1');
}

/**
 * The photo without GPS location: EXIF GPS data erased, XMP packets that repeat the location
 * dropped. Returns the same array when there was nothing to remove (so the name of a photo
 * without location data is the hash of the file as it came). An EXIF block too damaged to edit is
 * dropped whole: privacy wins over keeping the orientation of a broken file.
 */
export function stripJpegGps(input: Uint8Array): Uint8Array {
  const segments = headerSegments(input);
  if (!segments) return input;
  const bytes = new Uint8Array(input);
  const drop: Segment[] = [];
  let changed = false;
  for (const segment of segments) {
    if (segment.marker !== APP1) continue;
    if (isXmpWithGps(bytes, segment)) {
      drop.push(segment);
      continue;
    }
    try {
      const tiff = exifTiff(bytes, segment);
      if (tiff && eraseGps(tiff)) changed = true;
    } catch {
      drop.push(segment);
    }
  }
  if (drop.length === 0) return changed ? bytes : input;
  const kept: Uint8Array[] = [];
  let from = 0;
  for (const segment of drop) {
    kept.push(bytes.subarray(from, segment.start));
    from = segment.end;
  }
  kept.push(bytes.subarray(from));
  const out = new Uint8Array(kept.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of kept) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The EXIF orientation (1–8), 1 when the photo has none. */
export function jpegOrientation(bytes: Uint8Array): number {
  for (const segment of headerSegments(bytes) ?? []) {
    if (segment.marker !== APP1 || !hasPrefix(bytes, segment.start + 4, EXIF_HEADER)) continue;
    return tiffOrientation(bytes, segment.start + 4 + EXIF_HEADER.length, segment.end);
  }
  return 1;
}

/** The orientation tag (1–8) of the TIFF structure at `start`…`end` of `bytes` (an EXIF block); 1 when it has none or cannot be read. */
export function tiffOrientation(bytes: Uint8Array, start: number, end: number): number {
  try {
    const tiff = new Tiff(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), start, end);
    const index = tiff.findEntry(tiff.ifd0, ORIENTATION_TAG);
    if (index < 0) return 1;
    const value = tiff.u16(tiff.ifd0 + 2 + index * 12 + 8);
    return value >= 1 && value <= 8 ? value : 1;
  } catch {
    return 1;
  }
}

/** Whether the EXIF data of a JPEG still holds a GPS pointer (for tests and checks). */
export function jpegHasGps(bytes: Uint8Array): boolean {
  for (const segment of headerSegments(bytes) ?? []) {
    if (segment.marker !== APP1) continue;
    if (isXmpWithGps(bytes, segment)) return true;
    try {
      const tiff = exifTiff(bytes, segment);
      if (tiff && tiff.findEntry(tiff.ifd0, GPS_IFD_TAG) >= 0) return true;
    } catch {
      // a damaged block holds nothing we can read
    }
  }
  return false;
}
