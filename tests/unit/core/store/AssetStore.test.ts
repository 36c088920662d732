import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssetStore } from '../../../../core/store/AssetStore.ts';
import { SEEDS_DIR } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

describe('AssetStore', () => {
  const tempDir = useTempDirs();

  it('stores a photo once, named by the SHA-256 of its bytes', async () => {
    const dir = await tempDir();
    const store = new AssetStore(join(dir, 'assets'));
    const [seedPhoto] = await readdir(join(SEEDS_DIR, 'assets'));
    const bytes = await readFile(join(SEEDS_DIR, 'assets', seedPhoto!));
    const name = await store.put(bytes, 'Hội nghị.jpg');
    expect(name).toBe(`${createHash('sha256').update(bytes).digest('hex')}.jpg`);
    expect(await store.put(bytes, 'bản sao.jpg')).toBe(name);
    expect(await readdir(join(dir, 'assets'))).toEqual([name]);
    expect((await store.read(name)).equals(bytes)).toBe(true);
  });

  it('refuses a file that is not a photo, whatever its name says', async () => {
    const dir = await tempDir();
    const store = new AssetStore(join(dir, 'assets'));
    await expect(store.put(new TextEncoder().encode('%PDF-1.7 …'), 'ảnh.jpg')).rejects.toThrow(
      '"ảnh.jpg" không phải là ảnh JPEG, PNG, WebP hay GIF',
    );
  });

  it('never resolves a name outside the asset folder', () => {
    const store = new AssetStore('/data/assets');
    expect(store.pathOf('../accounts.json')).toBeNull();
    expect(store.pathOf(`../${'a'.repeat(64)}.jpg`)).toBeNull();
    expect(store.pathOf(`${'a'.repeat(64)}.jpg`)).toBe(`/data/assets/${'a'.repeat(64)}.jpg`);
  });
});
