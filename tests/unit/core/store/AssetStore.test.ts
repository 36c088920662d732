import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AssetStore } from '../../../../core/store/AssetStore.ts';
import { jpegHasGps, jpegOrientation } from '../../../../core/store/jpegExif.ts';
import { pngHasLocation, pngOrientation } from '../../../../core/store/pngMetadata.ts';
import { withExif } from '../../../helpers/exifJpeg.ts';
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

  it('stores a phone photo without its GPS location, upright size reported, orientation kept', async () => {
    const dir = await tempDir();
    const store = new AssetStore(join(dir, 'assets'));
    const [seedPhoto] = await readdir(join(SEEDS_DIR, 'assets'));
    const located = withExif(await readFile(join(SEEDS_DIR, 'assets', seedPhoto!)), { orientation: 6, gps: true });
    const photo = await store.putPhoto(located, 'IMG_0001.jpg');
    expect(photo).toMatchObject({ width: 800, height: 1200 });
    const kept = await store.read(photo.name);
    expect(photo.name).toBe(`${createHash('sha256').update(kept).digest('hex')}.jpg`);
    expect(jpegHasGps(kept)).toBe(false);
    expect(jpegOrientation(kept)).toBe(6);
    expect(await store.has(photo.name)).toBe(true);
  });

  it('keeps a PNG phone photo upright once its EXIF (eXIf) goes: the orientation is drawn into the pixels', async () => {
    const store = new AssetStore(join(await tempDir(), 'assets'));
    // 30 × 20 stored pixels, the left half blue, "turn 90°" in eXIf: the camera's left is the photo's top.
    const blueLeft = await sharp({ create: { width: 15, height: 20, channels: 3, background: '#1040c0' } })
      .png()
      .toBuffer();
    const stored = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#ffffff' } })
      .composite([{ input: blueLeft, left: 0, top: 0 }])
      .png()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect(pngOrientation(stored)).toBe(6);
    expect(pngHasLocation(stored)).toBe(true);

    const photo = await store.putPhoto(stored, 'IMG_0002.png');
    expect(photo).toMatchObject({ width: 20, height: 30 });
    const kept = await store.read(photo.name);
    expect(pngHasLocation(kept)).toBe(false);
    const { data, info } = await sharp(kept).raw().toBuffer({ resolveWithObject: true });
    expect({ width: info.width, height: info.height }).toEqual({ width: 20, height: 30 });
    const blue = (x: number, y: number) =>
      data[(y * info.width + x) * info.channels + 2]! > 150 && data[(y * info.width + x) * info.channels]! < 100;
    expect([blue(10, 5), blue(10, 25)]).toEqual([true, false]);
  });

  it('refuses a file that claims to be a photo but whose size cannot be read', async () => {
    const store = new AssetStore(join(await tempDir(), 'assets'));
    await expect(store.put(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0]), 'hỏng.jpg')).rejects.toThrow('"hỏng.jpg" là ảnh hỏng');
  });

  it('never resolves a name outside the asset folder', () => {
    const store = new AssetStore('/data/assets');
    expect(store.pathOf('../accounts.json')).toBeNull();
    expect(store.pathOf(`../${'a'.repeat(64)}.jpg`)).toBeNull();
    expect(store.pathOf(`${'a'.repeat(64)}.jpg`)).toBe(`/data/assets/${'a'.repeat(64)}.jpg`);
  });
});
