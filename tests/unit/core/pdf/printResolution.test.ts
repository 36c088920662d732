import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { articlePdf } from '../../../../core/pdf/articlePdf.ts';
import type { PageItem } from '../../../../core/pdf/layout.ts';
import { withExif } from '../../../helpers/exifJpeg.ts';
import { ink, rasterise, tool, withPdfFile } from '../../../helpers/pdfTools.ts';
import { sampleArticle } from '../../../helpers/sampleNewsroom.ts';
import { paragraph, printInputs, text } from './printFixtures.ts';

const BIG = `${'ab'.repeat(32)}.jpg`;
const A4 = { paper: 'A4' as const, bleedMm: 0, cropMarks: false };

/** A camera photo, 3000 × 2000 px, stored as the camera wrote it: landscape pixels with "turn 90°" in EXIF (a portrait shot). */
async function portraitFromPhone(): Promise<Uint8Array> {
  const left = await sharp({ create: { width: 1500, height: 2000, channels: 3, background: '#1040c0' } })
    .png()
    .toBuffer();
  const jpeg = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#ffffff' } })
    .composite([{ input: left, left: 0, top: 0 }])
    .jpeg({ quality: 90 })
    .toBuffer();
  return withExif(new Uint8Array(jpeg), { orientation: 6 });
}

/** pdfimages -list rows: width, height and resolution of each embedded image. */
function embeddedImages(bytes: Uint8Array) {
  return withPdfFile(bytes, (path) => tool('pdfimages', ['-list', path]))
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      return { width: Number(cols[3]), height: Number(cols[4]), xppi: Number(cols[12]), yppi: Number(cols[13]) };
    });
}

describe('photos at print resolution', () => {
  it('embeds a camera photo at 300 dpi of its printed size, upright from its EXIF orientation, and keeps the original', async () => {
    const original = await portraitFromPhone();
    const kept = original.slice();
    const base = await sampleArticle();
    const article = {
      ...base,
      featuredPhoto: null,
      body: {
        root: {
          ...base.body.root,
          children: [
            paragraph(text('Ảnh chụp dọc.')),
            { type: 'image', version: 1, src: BIG, caption: 'Ảnh dọc', credit: 'Bích Diệp', altText: '' },
          ],
        },
      },
    };
    const { bytes, pages, warnings } = await articlePdf(article, A4, await printInputs({ [BIG]: original }));
    const photo = pages
      .flatMap((p) => p.items)
      .find((i): i is Extract<PageItem, { kind: 'photo' }> => i.kind === 'photo' && i.asset === BIG)!;
    // Laid out upright: taller than wide, as the phone was held.
    expect(photo.height).toBeGreaterThan(photo.width);

    const [image] = embeddedImages(bytes);
    expect(image!.height).toBeGreaterThan(image!.width);
    expect(image!.width).toBe(Math.ceil((photo.width / 72) * 300));
    expect(image!.xppi).toBeGreaterThanOrEqual(299);
    expect(image!.xppi).toBeLessThanOrEqual(301);
    // Turned the way the phone was held: what the camera stored at the left is now the top.
    const page = rasterise(bytes, 1 + pages.findIndex((p) => p.items.includes(photo)), 30);
    expect(ink(page, photo.x, photo.y, photo.width, photo.height / 2)).toBeGreaterThan(0.9);
    expect(ink(page, photo.x, photo.y + photo.height / 2 + 2, photo.width, photo.height / 2 - 4)).toBeLessThan(0.05);
    // No warning: it prints at 300 dpi.
    expect(warnings.some((w) => w.code === 'low-resolution')).toBe(false);
    expect(original).toEqual(kept);
  });

  it('leaves a photo already under 300 dpi as it is, and still warns about it', async () => {
    const { bytes, warnings, pages } = await articlePdf(await sampleArticle(), A4, await printInputs());
    const photo = pages.flatMap((p) => p.items).find((i) => i.kind === 'photo')!;
    const [image] = embeddedImages(bytes);
    expect(image).toMatchObject({ width: 1200, height: 800 });
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'low-resolution', dpi: Math.round(1200 / (photo.width / 72)) }));
  });
});
