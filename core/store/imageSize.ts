import type { ImageType } from './imageType.ts';
import { jpegOrientation } from './jpegExif.ts';

export interface ImageSize {
  width: number;
  height: number;
}

/**
 * The size a photo is shown at, read from its header: for a JPEG turned by its EXIF orientation
 * (5–8 mean the camera was held sideways) width and height are swapped, as browsers and print
 * show it. Null when the header cannot be read.
 */
export function imageSize(bytes: Uint8Array, type: ImageType): ImageSize | null {
  const size = rawSize(bytes, type);
  if (!size || size.width <= 0 || size.height <= 0) return null;
  if (type === 'jpg' && jpegOrientation(bytes) >= 5) return { width: size.height, height: size.width };
  return size;
}

function rawSize(bytes: Uint8Array, type: ImageType): ImageSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    switch (type) {
      case 'png':
        return { width: view.getUint32(16), height: view.getUint32(20) };
      case 'gif':
        return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
      case 'webp':
        return webpSize(bytes, view);
      case 'jpg':
        return jpegSize(bytes, view);
    }
  } catch {
    return null;
  }
}

function jpegSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset++;
      continue;
    }
    // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    offset += 2 + view.getUint16(offset + 2);
  }
  return null;
}

function webpSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk === 'VP8 ') return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    const uint24 = (at: number) => bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16);
    return { width: uint24(24) + 1, height: uint24(27) + 1 };
  }
  return null;
}
