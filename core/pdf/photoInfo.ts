import { jpegOrientation } from '../store/jpegExif.ts';

/**
 * What the typesetter needs to know of a photo file, read from its header without decoding it.
 * `width` and `height` are as the photo is seen, after its EXIF orientation (a portrait taken
 * with the phone turned is stored landscape with orientation 6). The file's bytes are not kept:
 * a bulletin reads each photo again only when it embeds it, so that fifty camera files are never
 * in memory together.
 */
export type PhotoInfo =
  | { ok: true; format: 'jpg' | 'png'; width: number; height: number; orientation: number }
  | { ok: false; problem: 'missing' | 'corrupt' | 'unsupported' };

/** Reads the pixel size of a JPEG (from its SOF segment) or a PNG (from IHDR). */
export function photoInfo(bytes: Uint8Array | null): PhotoInfo {
  if (!bytes) return { ok: false, problem: 'missing' };
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegInfo(bytes);
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return pngInfo(bytes);
  const riff = bytes[0] === 0x52 && bytes[1] === 0x49 && bytes[2] === 0x46 && bytes[3] === 0x46;
  const gif = bytes[0] === 0x47 && bytes[1] === 0x49 && bytes[2] === 0x46;
  return { ok: false, problem: riff || gif ? 'unsupported' : 'corrupt' };
}

function jpegInfo(bytes: Uint8Array): PhotoInfo {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return { ok: false, problem: 'corrupt' };
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = (bytes[at + 5]! << 8) | bytes[at + 6]!;
      const width = (bytes[at + 7]! << 8) | bytes[at + 8]!;
      if (width === 0 || height === 0) return { ok: false, problem: 'corrupt' };
      // A file cut short after its header would still embed, then print grey: refuse it here.
      const end = bytes[bytes.length - 2] === 0xff && bytes[bytes.length - 1] === 0xd9;
      if (!end) return { ok: false, problem: 'corrupt' };
      const orientation = jpegOrientation(bytes);
      const turned = orientation >= 5;
      return { ok: true, format: 'jpg', width: turned ? height : width, height: turned ? width : height, orientation };
    }
    at += 2 + length;
  }
  return { ok: false, problem: 'corrupt' };
}

function pngInfo(bytes: Uint8Array): PhotoInfo {
  if (bytes.length < 33) return { ok: false, problem: 'corrupt' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { ok: true, format: 'png', width, height, orientation: 1 } : { ok: false, problem: 'corrupt' };
}
