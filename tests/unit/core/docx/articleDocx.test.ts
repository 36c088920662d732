import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import yauzl from 'yauzl';
import { articleDocx } from '../../../../core/docx/articleDocx.ts';
import { importDocx } from '../../../../core/import/docxImporter.ts';
import type { Article } from '../../../../core/model/article.ts';
import type { SerializedNode } from '../../../../core/model/document.ts';
import { AssetStore } from '../../../../core/store/AssetStore.ts';
import { normaliseText } from '../../../helpers/pdfTools.ts';
import { SAMPLE_CAPTION, SEEDS_DIR, seedArticles } from '../../../helpers/sampleNewsroom.ts';
import { paragraph, richArticle, text } from '../pdf/printFixtures.ts';

let samples: Article[];
beforeAll(async () => {
  samples = await seedArticles();
});

const inputs = { loadPhoto: async (asset: string) => readFile(`${SEEDS_DIR}/assets/${asset}`).catch(() => null) };
const assets = new AssetStore(`${SEEDS_DIR}/assets`);
const reimport = async (bytes: Uint8Array) =>
  (await importDocx(bytes, 'bai.docx', { assets, author: null, isTaken: () => false, now: new Date() })).article;

/** What a reader sees of a body: block kinds, text with its bold/italic/underline, links, list shape, photos with caption and credit. */
function content(nodes: readonly SerializedNode[]): unknown[] {
  return nodes.map((node) => {
    if (node.type === 'text') return { text: node.text, format: node.format ?? 0 };
    if (node.type === 'image') return { photo: node.src, caption: node.caption, credit: node.credit, alt: node.altText };
    const kind = node.type === 'heading' ? node.tag : node.type === 'list' ? node.listType : node.type;
    return { kind, ...(typeof node.url === 'string' ? { url: node.url } : {}), children: content(mergeRuns(node.children ?? [])) };
  });
}

/** Neighbouring text runs with the same format read the same however a writer splits them. */
function mergeRuns(nodes: readonly SerializedNode[]): SerializedNode[] {
  const out: SerializedNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (last && last.type === 'text' && node.type === 'text' && (last.format ?? 0) === (node.format ?? 0))
      out[out.length - 1] = { ...last, text: `${String(last.text)}${String(node.text)}` };
    else out.push(node);
  }
  return out;
}

/** The body as it prints: the featured photo first when the body does not show it. */
function printedBody(article: Article): SerializedNode[] {
  const featured = article.featuredPhoto;
  const shows = JSON.stringify(article.body).includes(featured?.asset ?? '\u0000');
  const photo: SerializedNode[] =
    featured && !shows
      ? [{ type: 'image', version: 1, src: featured.asset, caption: featured.caption, credit: featured.credit, altText: featured.alt }]
      : [];
  return [...photo, ...article.body.root.children];
}

describe('Word export', () => {
  it('comes back through the Word import as the same article: title, byline, sapo, body with formats, lists, links and photos', async () => {
    const underlined = (base: Article): Article => ({
      ...richArticle(base),
      body: {
        root: {
          ...base.body.root,
          children: [...richArticle(base).body.root.children, paragraph(text('gạch chân', 8), text(' và '), text('đậm nghiêng', 3))],
        },
      },
    });
    for (const article of [...samples, underlined(samples[0]!)]) {
      const back = await reimport(await articleDocx(article, inputs));
      expect({ title: back.title, byline: back.byline, sapo: back.sapo }, article.title).toEqual({
        title: article.title,
        byline: article.byline,
        sapo: article.sapo,
      });
      expect(content(back.body.root.children), article.title).toEqual(content(printedBody(article)));
    }
  });

  it('names Times New Roman and Arial, and styles the sapo bold and the byline in the sans face', async () => {
    const xml = await zipEntry(await articleDocx(samples[1]!, inputs), 'word/styles.xml');
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('w:ascii="Arial"');
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's').exec(xml)?.[0] ?? '';
    expect(style('NewsdeskSapo')).toContain('<w:b/>');
    expect(style('NewsdeskSapo')).toContain('Times New Roman');
    expect(style('NewsdeskByline')).toContain('Arial');
  });

  it('turns a phone\'s portrait photo upright, as the PDF prints it: pixels stored lying down with "turn 90°" in EXIF', async () => {
    // 300 × 200 stored pixels, the left half blue: the phone was held upright, so the camera's left is the photo's top.
    const blueLeft = await sharp({ create: { width: 150, height: 200, channels: 3, background: '#1040c0' } })
      .png()
      .toBuffer();
    const stored = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#ffffff' } })
      .composite([{ input: blueLeft, left: 0, top: 0 }])
      .jpeg({ quality: 95 })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(stored).metadata()).orientation).toBe(6);
    const asset = `${'cd'.repeat(32)}.jpg`;
    const base = samples[0]!;
    const article: Article = {
      ...base,
      featuredPhoto: null,
      body: {
        root: {
          ...base.body.root,
          children: [
            paragraph(text('Ảnh chụp dọc.')),
            { type: 'image', version: 1, src: asset, caption: 'Ảnh dọc', credit: '', altText: '' },
          ],
        },
      },
    };
    const docx = await articleDocx(article, { loadPhoto: async (name) => (name === asset ? new Uint8Array(stored) : null) });

    const media = await zipFile(docx, (name) => name.startsWith('word/media/') && !name.endsWith('/'), 'a photo');
    const shown = await sharp(media).metadata();
    expect({ width: shown.width, height: shown.height, orientation: shown.orientation ?? 1 }).toEqual({
      width: 200,
      height: 300,
      orientation: 1,
    });
    // The camera's left half is now the top half: blue above, white below.
    const { data, info } = await sharp(media).raw().toBuffer({ resolveWithObject: true });
    const blue = (x: number, y: number) =>
      data[(y * info.width + x) * info.channels + 2]! > 150 && data[(y * info.width + x) * info.channels]! < 100;
    expect([blue(100, 60), blue(100, 240)]).toEqual([true, false]);
    // Word is told to show it portrait too.
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(await zipEntry(docx, 'word/document.xml'))!;
    expect(Number(extent[2])).toBeGreaterThan(Number(extent[1]));
  });

  it('opens in LibreOffice with its text and photo (headless conversion to PDF)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsdesk-docx-'));
    try {
      const sample = samples.find((a) => JSON.stringify(a).includes(SAMPLE_CAPTION))!;
      await writeFile(join(dir, 'bai.docx'), await articleDocx(sample, inputs));
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          join(dir, 'bai.docx'),
        ],
        { timeout: 170_000, stdio: 'ignore' },
      );
      const pdf = join(dir, 'bai.pdf');
      const textOut = normaliseText(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
      expect(textOut).toContain(normaliseText(sample.title));
      expect(textOut).toContain(SAMPLE_CAPTION);
      const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter((l) => l.trim() !== '');
      expect(images.length).toBeGreaterThan(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

async function zipEntry(bytes: Uint8Array, name: string): Promise<string> {
  return (await zipFile(bytes, (entry) => entry === name, name)).toString('utf8');
}

/** The first entry of the zip whose name `wanted` accepts. */
function zipFile(bytes: Uint8Array, wanted: (name: string) => boolean, what: string): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('not a zip'));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!wanted(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('unreadable entry'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => resolvePromise(Buffer.concat(chunks)));
        });
      });
      zip.on('end', () => reject(new Error(`${what} not in the file`)));
      zip.readEntry();
    });
  });
}
