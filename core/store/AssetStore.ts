import { createHash } from 'node:crypto';
import { access, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NewsdeskError } from '../api.ts';
import { writeFileDurably } from './atomicWrite.ts';
import { imageSize } from './imageSize.ts';
import { detectImageType } from './imageType.ts';
import { stripJpegGps } from './jpegExif.ts';
import { pngOrientation, stripPngGps } from './pngMetadata.ts';
import { photoSizeRefusal } from '../model/inputLimits.ts';
import { msg } from '../i18n/coreMessages.ts';

const ASSET_NAME = /^[0-9a-f]{64}\.(jpg|png|webp|gif)$/;

/** A photo checked and ready to store: the bytes that will be kept, their asset name and the size it shows at. */
export interface PreparedPhoto {
  name: string;
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** Photos stored once each under `assets/`, named by the SHA-256 of their bytes. */
export class AssetStore {
  constructor(private readonly folder: string) {}

  /**
   * Checks a photo and removes its GPS location, without writing anything: importers prepare
   * every photo first and store them only once the whole import has succeeded.
   */
  async prepare(input: Uint8Array, originalName = 'ảnh'): Promise<PreparedPhoto> {
    const type = detectImageType(input);
    if (!type) throw NewsdeskError.of(msg('error.photo.notAPhoto', { file: originalName }));
    const size = imageSize(input, type);
    if (!size) throw NewsdeskError.of(msg('error.photo.damaged', { file: originalName }));
    // Read from the header, never decoded: a 20,000 × 20,000 picture costs nothing to refuse here.
    const tooLarge = photoSizeRefusal(size.width, size.height);
    if (tooLarge) throw NewsdeskError.of(msg('error.photo.refused', { file: originalName, reason: tooLarge }));
    const bytes = type === 'jpg' ? stripJpegGps(input) : type === 'png' ? stripPngGps(await uprightPng(input)) : input;
    const name = `${createHash('sha256').update(bytes).digest('hex')}.${type}`;
    // A PNG turned upright has its width and height exchanged.
    return { name, bytes, ...(imageSize(bytes, type) ?? size) };
  }

  /** Writes a prepared photo (if not already there). */
  async store(photo: PreparedPhoto): Promise<void> {
    const path = join(this.folder, photo.name);
    if (await exists(path)) return;
    await mkdir(this.folder, { recursive: true });
    await writeFileDurably(path, photo.bytes);
  }

  /** Stores a photo (if not already there) and returns its asset name. Refuses anything that is not an image. */
  async put(bytes: Uint8Array, originalName = 'ảnh'): Promise<string> {
    return (await this.putPhoto(bytes, originalName)).name;
  }

  /** Stores a photo and tells its asset name and the size it shows at. */
  async putPhoto(bytes: Uint8Array, originalName = 'ảnh'): Promise<PreparedPhoto> {
    const photo = await this.prepare(bytes, originalName);
    await this.store(photo);
    return photo;
  }

  async has(name: string): Promise<boolean> {
    const path = this.pathOf(name);
    return path !== null && (await exists(path));
  }

  /** Absolute path of a stored asset, or null when `name` is not an asset name (e.g. a path). */
  pathOf(name: string): string | null {
    return ASSET_NAME.test(name) ? join(this.folder, name) : null;
  }

  async read(name: string): Promise<Buffer> {
    const path = this.pathOf(name);
    if (!path) throw NewsdeskError.of(msg('error.photo.notOfLibrary', { name }), 'not-found');
    try {
      return await readFile(path);
    } catch {
      throw NewsdeskError.of(msg('error.photo.fileMissing', { name }), 'not-found');
    }
  }
}

/**
 * A PNG whose `eXIf` chunk says how the camera was held, redrawn upright: that chunk goes with
 * the location it may carry, and the photo must not lie on its side once it has.
 */
async function uprightPng(input: Uint8Array): Promise<Uint8Array> {
  if (pngOrientation(input) === 1) return input;
  const { default: sharp } = await import('sharp');
  // A PNG whose pixels cannot be decoded goes in without its eXIf all the same, as any other damaged PNG does.
  const upright = await sharp(input, { failOn: 'error' })
    .rotate()
    .png({ compressionLevel: 9 })
    .toBuffer()
    .catch(() => null);
  return upright ? new Uint8Array(upright.buffer, upright.byteOffset, upright.byteLength) : input;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
