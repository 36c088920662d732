import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageSize } from '../../../../core/store/imageSize.ts';
import { jpegHasGps, jpegOrientation, stripJpegGps } from '../../../../core/store/jpegExif.ts';
import { containsBytes, LATITUDE, LONGITUDE, readIfd0, withExif, withXmp } from '../../../helpers/exifJpeg.ts';
import { SEEDS_DIR } from '../../../helpers/sampleNewsroom.ts';

const seedPhoto = () => readFile(join(SEEDS_DIR, 'assets', '158457614eff0a3e2ad12e3805cb95a733cfa65174dacc36a3ea173fca199883.jpg'));
const rational = (value: number, little: boolean) => {
  const bytes = Buffer.alloc(4);
  if (little) bytes.writeUInt32LE(value);
  else bytes.writeUInt32BE(value);
  return [...bytes];
};

describe('stripJpegGps', () => {
  for (const bigEndian of [false, true]) {
    it(`removes the location and keeps orientation, camera and the picture (${bigEndian ? 'Motorola' : 'Intel'} byte order)`, async () => {
      const original = await seedPhoto();
      const photo = withExif(original, { orientation: 6, gps: true, bigEndian });
      expect(jpegHasGps(photo)).toBe(true);
      expect(containsBytes(photo, rational(LATITUDE[2], !bigEndian))).toBe(true);

      const stripped = stripJpegGps(photo);

      expect(jpegHasGps(stripped)).toBe(false);
      for (const value of [...LATITUDE.slice(2), ...LONGITUDE.slice(2)])
        expect(containsBytes(stripped, rational(value, !bigEndian))).toBe(false);
      expect(jpegOrientation(stripped)).toBe(6);
      const tags = readIfd0(stripped);
      expect([...tags.keys()]).toEqual([0x010f, 0x0112, 0x9c9b]);
      expect(Buffer.from(tags.get(0x010f)!).toString('latin1')).toBe('Canon\0');
      expect(Buffer.from(tags.get(0x9c9b)!).toString('utf16le')).toBe('Hội nghị\0');
      // The picture itself is untouched and still reads as 1200 × 800, shown upright as 800 × 1200.
      expect(Buffer.from(stripped.subarray(stripped.length - original.length + 2)).equals(original.subarray(2))).toBe(true);
      expect(imageSize(stripped, 'jpg')).toEqual({ width: 800, height: 1200 });
    });
  }

  it('returns a photo without location data as it came, so its asset name stays the hash of the file', async () => {
    const plain = await seedPhoto();
    expect(stripJpegGps(plain)).toBe(plain);
    const withCamera = withExif(plain, { orientation: 1 });
    expect(stripJpegGps(withCamera)).toBe(withCamera);
  });

  it('drops an XMP packet that repeats the location, and keeps one that does not', async () => {
    const plain = await seedPhoto();
    const located = withXmp(plain, true);
    expect(jpegHasGps(located)).toBe(true);
    const stripped = stripJpegGps(located);
    expect(jpegHasGps(stripped)).toBe(false);
    expect(Buffer.from(stripped).equals(plain)).toBe(true);
    const harmless = withXmp(plain, false);
    expect(stripJpegGps(harmless)).toBe(harmless);
  });

  it('drops an EXIF block too damaged to edit rather than keep a location it cannot find', async () => {
    const plain = await seedPhoto();
    const stripped = stripJpegGps(withExif(plain, { orientation: 6, gps: true, damaged: true }));
    expect(jpegHasGps(stripped)).toBe(false);
    expect(Buffer.from(stripped).equals(plain)).toBe(true);
    expect(imageSize(stripped, 'jpg')).toEqual({ width: 1200, height: 800 });
  });
});
