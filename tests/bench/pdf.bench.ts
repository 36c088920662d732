import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { articlesDocx } from '../../core/docx/articleDocx.ts';
import { chromium, type Browser } from 'playwright-core';
import type { Article } from '../../core/model/article.ts';
import type { SerializedNode } from '../../core/model/document.ts';
import { articlePdf } from '../../core/pdf/articlePdf.ts';
import { bulletinPdf } from '../../core/pdf/bulletinPdf.ts';
import { fontLibrary, type FontFiles, type FontLibrary } from '../../core/pdf/fonts.ts';
import { renderBodyHtml } from '../../core/render/bodyHtml.ts';
import { escapeHtml } from '../../core/render/escape.ts';
import { readFontFiles } from '../../core/services/fontFiles.ts';
import { DEMO_PASSWORD, openSampleNewsroom, SEEDS_DIR, seedArticles } from '../helpers/sampleNewsroom.ts';
import type { Bench } from './run.ts';
import { DEBIAN_CHROMIUM } from '../helpers/debianChromium.mjs';

const ARTICLES = 50;
const ROUNDS = 3;

/**
 * A 50-article bulletin (about 100 A4 pages) from generated Vietnamese articles with a photo each,
 * as a camera gives it (3000 × 2000 px): Newsdesk's PDF (document to bytes, in process, fonts read
 * once) against Chromium's setContent + page.pdf() of the same articles as HTML from core's body
 * renderer with the same Noto fonts (browser already running). Best of three rounds each, after
 * one warm-up round, and the longest the typesetting kept the process from answering anything else
 * in those rounds (the app's windows, the browser under `serve`); the same for a 20,000-word
 * article without photos (median of three). Then both as whole processes, start-up included:
 * `newsdesk bulletin` on a data folder holding the articles (with its peak memory, the worst of
 * its runs, against the 300 MiB goal) against a script that starts Chromium, prints the same HTML
 * and closes it; and the same bulletin as one Word file, in process and as `bulletin --format docx`.
 */
const bench: Bench = async (report) => {
  const { articles, photos } = await generatedArticles();
  const fonts = await readFontFiles();
  const library = fontLibrary(fonts);
  let full: Awaited<ReturnType<typeof compare>>;
  const browser = await chromium.launch(DEBIAN_CHROMIUM);
  try {
    full = await compare(articles, photos, fonts, library, browser, ROUNDS);
    report({ name: 'pdf.bulletin.pages.newsdesk', value: full.ours.pages, unit: 'pages' });
    report({ name: 'pdf.bulletin.pages.chromium', value: full.theirs.pages, unit: 'pages' });
    report({ name: 'pdf.bulletin.time.newsdesk', value: full.ours.ms, unit: 'ms' });
    report({ name: 'pdf.bulletin.time.chromium', value: full.theirs.ms, unit: 'ms' });
    report({ name: 'pdf.bulletin.time.ratio_newsdesk_vs_chromium', value: full.ours.ms / full.theirs.ms, unit: 'x' });
    report({ name: 'pdf.bulletin.longest_event_loop_stall.newsdesk', value: full.ours.longestStallMs, unit: 'ms' });
    report({ name: 'pdf.bulletin.longest_event_loop_stall.vs_whole_bulletin', value: full.ours.longestStallMs / full.ours.ms, unit: 'x' });
    report({ name: 'pdf.bulletin.size.newsdesk', value: full.ours.bytes / 1024, unit: 'KiB' });
    report({ name: 'pdf.bulletin.size.chromium', value: full.theirs.bytes / 1024, unit: 'KiB' });
    report({ name: 'pdf.bulletin.size.ratio_newsdesk_vs_chromium', value: full.ours.bytes / full.theirs.bytes, unit: 'x' });
    report({
      name: 'pdf.bulletin.size.photo_files',
      value: [...photos.values()].reduce((sum, p) => sum + p.length, 0) / 1024,
      unit: 'KiB',
    });

    // The same bulletin without photos: what the typesetting and the fonts themselves cost in bytes.
    const textOnly = articles.map((a) => ({
      ...a,
      body: { root: { ...a.body.root, children: a.body.root.children.filter((n) => n.type !== 'image') } },
    }));
    const text = await compare(textOnly, photos, fonts, library, browser, 1);
    report({ name: 'pdf.bulletin_text_only.size.newsdesk', value: text.ours.bytes / 1024, unit: 'KiB' });
    report({ name: 'pdf.bulletin_text_only.size.chromium', value: text.theirs.bytes / 1024, unit: 'KiB' });
    report({ name: 'pdf.bulletin_text_only.size.ratio_newsdesk_vs_chromium', value: text.ours.bytes / text.theirs.bytes, unit: 'x' });
  } finally {
    await browser.close();
  }

  const long = await longArticlePdf(articles[0]!, 20_000, library);
  report({ name: 'pdf.article_20000_words.time.newsdesk', value: long.ms, unit: 'ms' });
  report({ name: 'pdf.article_20000_words.longest_event_loop_stall.newsdesk', value: long.stallMs, unit: 'ms' });
  report({ name: 'pdf.article_20000_words.longest_event_loop_stall.vs_whole_article', value: long.stallMs / long.ms, unit: 'x' });

  const whole = await wholeProcesses(articles, photos, fonts);
  report({ name: 'pdf.bulletin_process.time.newsdesk', value: whole.ours.ms, unit: 'ms' });
  report({ name: 'pdf.bulletin_process.time.chromium', value: whole.theirs.ms, unit: 'ms' });
  report({ name: 'pdf.bulletin_process.time.ratio_newsdesk_vs_chromium', value: whole.ours.ms / whole.theirs.ms, unit: 'x' });
  report({ name: 'pdf.bulletin_process.size.ratio_newsdesk_vs_chromium', value: whole.ours.bytes / whole.theirs.bytes, unit: 'x' });
  report({ name: 'pdf.bulletin_process.peak_rss.newsdesk', value: whole.peakKib / 1024, unit: 'MiB', spread: whole.peakSpread });
  report({ name: 'pdf.bulletin_process.peak_rss.goal', value: 300, unit: 'MiB' });

  // The same bulletin as one Word file: in process (photos in memory), then `bulletin --format docx` as a whole process.
  const word: number[] = [];
  let wordBytes = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    wordBytes = (await articlesDocx('Bản tin thử nghiệm', 'Số 1', articles, { loadPhoto: async (asset) => photos.get(asset) ?? null }))
      .length;
    word.push(performance.now() - start);
  }
  report({ name: 'docx.bulletin.time.newsdesk', value: Math.min(...word), unit: 'ms' });
  report({ name: 'docx.bulletin.time.ratio_vs_newsdesk_pdf', value: Math.min(...word) / full.ours.ms, unit: 'x' });
  report({ name: 'docx.bulletin.size.newsdesk', value: wordBytes / 1024, unit: 'KiB' });
  report({ name: 'docx.bulletin_process.time.newsdesk', value: whole.word.ms, unit: 'ms' });
  report({ name: 'docx.bulletin_process.peak_rss.newsdesk', value: whole.word.peakKib / 1024, unit: 'MiB' });
};

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Median of three runs of each whole process; the newsdesk command on a real data folder holding the articles, approved. */
async function wholeProcesses(articles: Article[], photos: Map<string, Uint8Array>, fonts: FontFiles) {
  const dir = await mkdtemp(join(tmpdir(), 'newsdesk-bench-pdf-'));
  try {
    const dataDir = join(dir, 'library');
    const desk = await openSampleNewsroom(dataDir);
    const ids: string[] = [];
    for (const article of articles) {
      const photo = article.body.root.children.find((n) => n.type === 'image')!;
      const stored = await desk.stores.assets.put(photos.get(String(photo.src))!);
      const body = {
        root: { ...article.body.root, children: article.body.root.children.map((n) => (n === photo ? { ...n, src: stored } : n)) },
      };
      await desk.stores.articles.save({ ...article, body, state: 'approved' }, { by: article.author, reason: 'create' });
      ids.push(article.id);
    }
    await desk.close();
    const htmlFile = join(dir, 'bulletin.html');
    await writeFile(htmlFile, bulletinHtml(articles, photos, fonts, 'Bản tin thử nghiệm'));

    const runs = { ours: [] as number[], theirs: [] as number[], peak: [] as number[], word: [] as number[], wordPeak: [] as number[] };
    const bulletin = (out: string, ...more: string[]) =>
      timed(process.execPath, [
        '--import',
        join(ROOT, 'tests/bench/reportPeakRss.mjs'),
        join(ROOT, 'bin/newsdesk.mjs'),
        '--data',
        dataDir,
        'bulletin',
        ...ids,
        '--title',
        'Bản tin thử nghiệm',
        '--issue',
        '1',
        '--date',
        '2024-03-05',
        '-o',
        out,
        ...more,
      ]);
    const peakKib = (stderr: string) => Number(/peak-rss-kib (\d+)/.exec(stderr)?.[1] ?? NaN);
    for (let round = 0; round < 3; round++) {
      const ours = await bulletin(join(dir, 'ours.pdf'));
      runs.ours.push(ours.ms);
      runs.peak.push(peakKib(ours.stderr));
      runs.theirs.push(
        (await timed(process.execPath, [join(ROOT, 'tests/bench/chromiumPdfProcess.mjs'), htmlFile, join(dir, 'theirs.pdf')])).ms,
      );
      const word = await bulletin(join(dir, 'ours.docx'), '--format', 'docx');
      runs.word.push(word.ms);
      runs.wordPeak.push(peakKib(word.stderr));
    }
    return {
      ours: { ms: median(runs.ours), bytes: (await stat(join(dir, 'ours.pdf'))).size },
      theirs: { ms: median(runs.theirs), bytes: (await stat(join(dir, 'theirs.pdf'))).size },
      // The goal is a ceiling: the worst of the runs is the figure, the spread beside it.
      peakKib: Math.max(...runs.peak),
      peakSpread: { min: Math.min(...runs.peak) / 1024, max: Math.max(...runs.peak) / 1024, runs: runs.peak.length },
      word: { ms: median(runs.word), peakKib: Math.max(...runs.wordPeak) },
    };
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  }
}

function timed(command: string, args: string[]): Promise<{ ms: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {
      env: { ...process.env, NEWSDESK_DEMO_PASSWORD: DEMO_PASSWORD },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve({ ms: performance.now() - start, stderr })
        : reject(new Error(`${args[1] ?? command} failed: ${stderr.slice(-500)}`)),
    );
  });
}

/**
 * The core that typesets also answers the app's windows (and, under `serve`, the browser): the
 * longest it keeps them waiting while `work` runs, from a timer that asks every 5 ms; with what
 * `work` gave and how long it took.
 */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number; ms: number }> {
  let stallMs = 0;
  const start = performance.now();
  let asked = start;
  const probe = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - asked);
    asked = now;
  }, 5);
  let result: T;
  try {
    result = await work();
  } finally {
    clearInterval(probe);
  }
  const end = performance.now();
  return { result, stallMs: Math.max(stallMs, end - asked), ms: end - start };
}

/**
 * One article of about `words` words without photos, typeset as the article screen's print check
 * asks for it: its time and the longest stall it leaves, medians of three after a warm-up.
 */
async function longArticlePdf(base: Article, words: number, library: FontLibrary) {
  const paragraphs = base.body.root.children.filter((n) => n.type !== 'image');
  const text = collectText(paragraphs).join(' ').split(/\s+/);
  const children = Array.from({ length: Math.ceil(words / 100) }, (_, i) =>
    para(Array.from({ length: 100 }, (_, j) => text[(i * 100 + j) % text.length]).join(' ')),
  );
  const article = { ...base, featuredPhoto: null, body: { root: { ...base.body.root, children } } };
  const inputs = { fonts: library, loadPhoto: async () => null, now: new Date() };
  const options = { paper: 'A4' as const, bleedMm: 0, cropMarks: false };
  await articlePdf(article, options, inputs);
  const runs = [];
  for (let round = 0; round < ROUNDS; round++) runs.push(await longestStall(() => articlePdf(article, options, inputs)));
  return { stallMs: median(runs.map((r) => r.stallMs)), ms: median(runs.map((r) => r.ms)) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Run {
  ms: number;
  bytes: number;
  pages: number;
}

/** Best of `rounds` timed runs for each side, after one untimed warm-up run. */
async function compare(
  articles: Article[],
  photos: Map<string, Uint8Array>,
  fonts: FontFiles,
  library: FontLibrary,
  browser: Browser,
  rounds: number,
): Promise<{ ours: Run & { longestStallMs: number }; theirs: Run }> {
  const options = {
    articleIds: articles.map((a) => a.id),
    title: 'Bản tin thử nghiệm',
    issue: '1',
    date: '2024-03-05',
    paper: 'A4' as const,
    columns: 1 as const,
  };
  const inputs = { fonts: library, loadPhoto: async (asset: string) => photos.get(asset) ?? null, now: new Date() };
  const ours: Run & { longestStallMs: number } = { ms: Infinity, bytes: 0, pages: 0, longestStallMs: 0 };
  for (let round = 0; round <= rounds; round++) {
    const { result: printed, ms, stallMs } = await longestStall(() => bulletinPdf(articles, options, inputs));
    if (round > 0) {
      ours.ms = Math.min(ours.ms, ms);
      ours.longestStallMs = Math.max(ours.longestStallMs, stallMs);
    }
    ours.bytes = printed.bytes.length;
    ours.pages = printed.pages.length;
  }

  const html = bulletinHtml(articles, photos, fonts, options.title);
  const page = await browser.newPage();
  const theirs: Run = { ms: Infinity, bytes: 0, pages: 0 };
  try {
    for (let round = 0; round <= rounds; round++) {
      const start = performance.now();
      await page.setContent(html, { waitUntil: 'load', timeout: 0 });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: { top: '22mm', bottom: '20mm', left: '20mm', right: '20mm' },
      });
      if (round > 0) theirs.ms = Math.min(theirs.ms, performance.now() - start);
      theirs.bytes = pdf.length;
      theirs.pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    }
  } finally {
    await page.close();
  }
  return { ours, theirs };
}
export default bench;

/** Fifty articles made from the seed newsroom's sentences, each with its own variant of the seed photo. */
async function generatedArticles(): Promise<{ articles: Article[]; photos: Map<string, Uint8Array> }> {
  const seeds = await seedArticles();
  const sentences = seeds
    .flatMap((a) =>
      collectText(a.body.root.children)
        .join(' ')
        .split(/(?<=\.)\s+/),
    )
    .filter((s) => s.length > 20);
  const jpeg = await cameraPhoto(
    await readFile(`${SEEDS_DIR}/assets/158457614eff0a3e2ad12e3805cb95a733cfa65174dacc36a3ea173fca199883.jpg`),
  );
  const photos = new Map<string, Uint8Array>();
  const articles: Article[] = [];
  let cursor = 0;
  const nextSentences = (count: number) => Array.from({ length: count }, () => sentences[cursor++ % sentences.length]!).join(' ');
  for (let i = 0; i < ARTICLES; i++) {
    // A distinct photo per article, as in a real bulletin: its pixels differ (a document that
    // resamples photos would otherwise find fifty identical ones and store one).
    const asset = `${i.toString(16).padStart(64, '0')}.jpg`;
    photos.set(asset, await variant(jpeg, i));
    const base = seeds[i % seeds.length]!;
    const paragraphs = Array.from({ length: 5 }, () => para(nextSentences(4)));
    const body = [
      paragraphs[0]!,
      image(asset, i),
      ...paragraphs.slice(1, 4),
      heading(`Phần ${i + 1}: ${nextSentences(1).slice(0, 50)}`),
      ...paragraphs.slice(4),
    ];
    articles.push({
      ...base,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      title: `${base.title} (${i + 1})`,
      featuredPhoto: null,
      body: { root: { ...base.body.root, children: body } },
    });
  }
  return { articles, photos };
}

/** The seed photo at a camera's size (3000 × 2000 px, quality 90) with sensor-like grain, so it compresses as a real one does. */
async function cameraPhoto(seed: Buffer): Promise<Uint8Array> {
  const width = 3000;
  const height = 2000;
  const grain = await sharp({
    create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 12 } },
  })
    .png()
    .toBuffer();
  const photo = await sharp(seed)
    .resize(width, height)
    .composite([{ input: grain, blend: 'overlay' }])
    .jpeg({ quality: 90 })
    .toBuffer();
  return new Uint8Array(photo);
}

function collectText(nodes: SerializedNode[]): string[] {
  return nodes.flatMap((n) => (typeof n.text === 'string' ? [n.text] : collectText(n.children ?? [])));
}
const para = (text: string): SerializedNode => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', version: 1, text, format: 0 }],
});
const heading = (text: string): SerializedNode => ({
  type: 'heading',
  version: 1,
  tag: 'h2',
  children: [{ type: 'text', version: 1, text, format: 0 }],
});
const image = (src: string, i: number): SerializedNode => ({
  type: 'image',
  version: 1,
  src,
  caption: `Quang cảnh hội nghị, ảnh số ${i + 1}`,
  credit: 'Bích Diệp',
  altText: 'Hội nghị',
  width: 1200,
  height: 800,
});

/** The photo a little brighter for each `index`: the same picture, different pixels, a camera's file size. */
async function variant(jpeg: Uint8Array, index: number): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp(jpeg)
      .modulate({ brightness: 0.9 + index * 0.004 })
      .jpeg({ quality: 90 })
      .toBuffer(),
  );
}

/** The same content for Chromium: core's body HTML, the same Noto fonts, each article on a new page. */
function bulletinHtml(articles: Article[], photos: Map<string, Uint8Array>, fonts: FontFiles, title: string): string {
  const dataUrl = (bytes: Uint8Array, type: string) => `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
  const face = (family: string, bytes: Uint8Array, weight: number, style: string) =>
    `@font-face{font-family:'${family}';src:url(${dataUrl(bytes, 'font/ttf')});font-weight:${weight};font-style:${style}}`;
  const css = [
    face('Bench Serif', fonts.serif, 400, 'normal'),
    face('Bench Serif', fonts.serifBold, 700, 'normal'),
    face('Bench Serif', fonts.serifItalic, 400, 'italic'),
    face('Bench Sans', fonts.sans, 400, 'normal'),
    face('Bench Sans', fonts.sansBold, 700, 'normal'),
    "body{font:10.5pt/14.5pt 'Bench Serif';text-align:justify}",
    "h1,h2,figcaption{font-family:'Bench Sans'} h1{font-size:20pt;line-height:1.2} h2{font-size:13pt}",
    'article{break-before:page} img{width:100%;height:auto} figure{margin:0;break-inside:avoid} p{orphans:2;widows:2}',
  ].join('\n');
  const contents = articles.map((a) => `<li>${escapeHtml(a.title)}</li>`).join('');
  const body = articles
    .map((a) => {
      const html = renderBodyHtml(a.body, { assetUrl: (name) => dataUrl(photos.get(name)!, 'image/jpeg') });
      return `<article><p>${escapeHtml(a.category)}</p><h1>${escapeHtml(a.title)}</h1><p><strong>${escapeHtml(a.sapo)}</strong></p>${html}<p>${escapeHtml(a.byline)}</p></article>`;
    })
    .join('\n');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>${css}</style></head><body><h1>${escapeHtml(title)}</h1><ol>${contents}</ol>${body}</body></html>`;
}
