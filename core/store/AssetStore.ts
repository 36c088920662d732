import { createHash } from 'node:crypto';
import { access, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NewsdeskError } from '../api.ts';
import { writeFileDurably } from './atomicWrite.ts';
import { detectImageType } from './imageType.ts';

const ASSET_NAME = /^[0-9a-f]{64}\.(jpg|png|webp|gif)$/;

/** Photos stored once each under `assets/`, named by the SHA-256 of their bytes. */
export class AssetStore {
  constructor(private readonly folder: string) {}

  /** Stores a photo (if not already there) and returns its asset name. Refuses anything that is not an image. */
  async put(bytes: Uint8Array, originalName = 'ảnh'): Promise<string> {
    const type = detectImageType(bytes);
    if (!type) throw new NewsdeskError(`"${originalName}" không phải là ảnh JPEG, PNG, WebP hay GIF`);
    const name = `${createHash('sha256').update(bytes).digest('hex')}.${type}`;
    const path = join(this.folder, name);
    if (!(await exists(path))) {
      await mkdir(this.folder, { recursive: true });
      await writeFileDurably(path, bytes);
    }
    return name;
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
    if (!path) throw new NewsdeskError(`"${name}" không phải là ảnh của thư viện này`, 'not-found');
    try {
      return await readFile(path);
    } catch {
      throw new NewsdeskError(`thiếu tệp ảnh ${name} trong thư viện`, 'not-found');
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
