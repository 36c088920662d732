import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
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
const reimport = async (bytes: Uint8Array) => (await importDocx(bytes, 'bai.docx', { assets, author: null, isTaken: () => false, now: new Date() })).article;

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
    if (last && last.type === 'text' && node.type === 'text' && (last.format ?? 0) === (node.format ?? 0)) out[out.length - 1] = { ...last, text: `${String(last.text)}${String(node.text)}` };
    else out.push(node);
  }
  return out;
}

/** The body as it prints: the featured photo first when the body does not show it. */
function printedBody(article: Article): SerializedNode[] {
  const featured = article.featuredPhoto;
  const shows = JSON.stringify(article.body).includes(featured?.asset ?? '\u0000');
  const photo: SerializedNode[] = featured && !shows ? [{ type: 'image', version: 1, src: featured.asset, caption: featured.caption, credit: featured.credit, altText: featured.alt }] : [];
  return [...photo, ...article.body.root.children];
}

describe('Word export', () => {
  it('comes back through the Word import as the same article: title, byline, sapo, body with formats, lists, links and photos', async () => {
    const underlined = (base: Article): Article => ({
      ...richArticle(base),
      body: { root: { ...base.body.root, children: [...richArticle(base).body.root.children, paragraph(text('gạch chân', 8), text(' và '), text('đậm nghiêng', 3))] } },
    });
    for (const article of [...samples, underlined(samples[0]!)]) {
      const back = await reimport(await articleDocx(article, inputs));
      expect({ title: back.title, byline: back.byline, sapo: back.sapo }, article.title).toEqual({ title: article.title, byline: article.byline, sapo: article.sapo });
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

  it('opens in LibreOffice with its text and photo (headless conversion to PDF)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsdesk-docx-'));
    try {
      const sample = samples.find((a) => JSON.stringify(a).includes(SAMPLE_CAPTION))!;
      await writeFile(join(dir, 'bai.docx'), await articleDocx(sample, inputs));
      execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'bai.docx')], { timeout: 170_000, stdio: 'ignore' });
      const pdf = join(dir, 'bai.pdf');
      const textOut = normaliseText(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
      expect(textOut).toContain(normaliseText(sample.title));
      expect(textOut).toContain(SAMPLE_CAPTION);
      const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '');
      expect(images.length).toBeGreaterThan(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

function zipEntry(bytes: Uint8Array, name: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('not a zip'));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('unreadable entry'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')));
        });
      });
      zip.on('end', () => reject(new Error(`${name} not in the file`)));
      zip.readEntry();
    });
  });
}
