/**
 * Writes an EXIF block into a JPEG the way phones do (IFD0 with make, orientation and a GPS
 * pointer, a GPS IFD with latitude and longitude as rationals), for tests of what the library
 * keeps and removes. Also reads IFD0 back.
 */

export const LATITUDE = [18, 45, 1234] as const; // 18° 45' 12.34"
export const LONGITUDE = [105, 40, 5678] as const;

interface Entry {
  tag: number;
  type: number;
  count: number;
  /** Inline value (≤ 4 bytes) or bytes stored after the IFD. */
  data: number[];
}

const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8 };

export interface ExifOptions {
  orientation?: number;
  gps?: boolean;
  bigEndian?: boolean;
  /** Point the GPS IFD outside the block, as a damaged file might. */
  damaged?: boolean;
}

export function withExif(jpeg: Uint8Array, options: ExifOptions = {}): Uint8Array {
  const little = !options.bigEndian;
  const u16 = (v: number) => (little ? [v & 0xff, v >> 8] : [v >> 8, v & 0xff]);
  const u32 = (v: number) =>
    little ? [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >>> 24] : [v >>> 24, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff];
  const rationals = (values: readonly number[]) => values.flatMap((v, i) => [...u32(v), ...u32(i === 2 ? 100 : 1)]);
  const ascii = (text: string) => [...Buffer.from(`${text}\0`, 'latin1')];

  const ifd0: Entry[] = [{ tag: 0x010f, type: 2, count: 6, data: ascii('Canon') }];
  if (options.orientation) ifd0.push({ tag: 0x0112, type: 3, count: 1, data: u16(options.orientation) });
  if (options.gps) ifd0.push({ tag: 0x8825, type: 4, count: 1, data: [] /* filled below */ });
  const title = [...Buffer.from('Hội nghị\0', 'utf16le')];
  ifd0.push({ tag: 0x9c9b, type: 1, count: title.length, data: title });
  const gps: Entry[] = [
    { tag: 0x0000, type: 1, count: 4, data: [2, 3, 0, 0] },
    { tag: 0x0001, type: 2, count: 2, data: ascii('N') },
    { tag: 0x0002, type: 5, count: 3, data: rationals(LATITUDE) },
    { tag: 0x0003, type: 2, count: 2, data: ascii('E') },
    { tag: 0x0004, type: 5, count: 3, data: rationals(LONGITUDE) },
  ];

  const tiff: number[] = [...(little ? [0x49, 0x49] : [0x4d, 0x4d]), ...u16(42), ...u32(8)];
  const writeIfd = (entries: Entry[], start: number): number[] => {
    const out: number[] = [...u16(entries.length)];
    let dataAt = start + 2 + entries.length * 12 + 4;
    const extra: number[] = [];
    for (const entry of entries) {
      out.push(...u16(entry.tag), ...u16(entry.type), ...u32(entry.count));
      const size = (TYPE_SIZE[entry.type] ?? 1) * entry.count;
      if (size <= 4) out.push(...entry.data, ...new Array(4 - entry.data.length).fill(0));
      else {
        out.push(...u32(dataAt));
        extra.push(...entry.data);
        dataAt += entry.data.length;
      }
    }
    return [...out, ...u32(0), ...extra];
  };
  const ifd0Size =
    2 + ifd0.length * 12 + 4 + ifd0.reduce((sum, e) => sum + ((TYPE_SIZE[e.type] ?? 1) * e.count > 4 ? e.data.length : 0), 0);
  const gpsOffset = 8 + ifd0Size;
  const pointer = ifd0.find((entry) => entry.tag === 0x8825);
  if (pointer) pointer.data = u32(options.damaged ? 0xfff0 : gpsOffset);
  tiff.push(...writeIfd(ifd0, 8));
  if (options.gps) tiff.push(...writeIfd(gps, gpsOffset));

  const payload = [...Buffer.from('Exif\0\0', 'latin1'), ...tiff];
  const segment = [0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload];
  return Uint8Array.from([...jpeg.subarray(0, 2), ...segment, ...jpeg.subarray(2)]);
}

/** A JPEG with an XMP packet after its start; `gps` puts a location in it. */
export function withXmp(jpeg: Uint8Array, gps: boolean): Uint8Array {
  const xml = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description ${gps ? 'exif:GPSLatitude="18,45.2N" exif:GPSLongitude="105,40.9E"' : 'dc:format="image/jpeg"'}/></rdf:RDF></x:xmpmeta>`;
  const payload = [...Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), ...Buffer.from(xml, 'utf8')];
  const segment = [0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload];
  return Uint8Array.from([...jpeg.subarray(0, 2), ...segment, ...jpeg.subarray(2)]);
}

/** The IFD0 tags of the first EXIF block, with the bytes of each value. */
export function readIfd0(jpeg: Uint8Array): Map<number, Uint8Array> {
  const tags = new Map<number, Uint8Array>();
  let at = 2;
  while (at + 4 < jpeg.length && jpeg[at] === 0xff) {
    const length = (jpeg[at + 2]! << 8) | jpeg[at + 3]!;
    if (jpeg[at + 1] === 0xe1 && Buffer.from(jpeg.subarray(at + 4, at + 10)).toString('latin1') === 'Exif\0\0') {
      const base = at + 10;
      const view = new DataView(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
      const little = jpeg[base] === 0x49;
      const ifd = base + view.getUint32(base + 4, little);
      for (let i = 0; i < view.getUint16(ifd, little); i++) {
        const entry = ifd + 2 + i * 12;
        const size = (TYPE_SIZE[view.getUint16(entry + 2, little)] ?? 1) * view.getUint32(entry + 4, little);
        const start = size <= 4 ? entry + 8 : base + view.getUint32(entry + 8, little);
        tags.set(view.getUint16(entry, little), jpeg.slice(start, start + size));
      }
      return tags;
    }
    at += 2 + length;
  }
  return tags;
}

/** Whether `needle` occurs in `haystack`. */
export function containsBytes(haystack: Uint8Array, needle: readonly number[]): boolean {
  return Buffer.from(haystack).indexOf(Buffer.from(needle)) >= 0;
}
