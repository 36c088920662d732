/**
 * The library at 10 and 10,000 articles: opening the store, saving (against a single-file lowdb
 * holding every article, the reference a plain design gives), searching, and `list`, `show`,
 * `search` and `import` as whole processes, each the median of several runs. The 10-article
 * figures are the reference for the 10,000-article ones (printed as ratios); the processes on the
 * two libraries take turns, run by run, so that a busy moment of the machine slows both alike. The
 * articles are Vietnamese news text with a realistic word distribution (newsText.ts): each query
 * matches some of the library (its hit count is printed), not every article as when they were
 * shuffles of one.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Article } from '../../core/model/article.ts';
import { ArticleStore } from '../../core/store/ArticleStore.ts';
import { chromium, type Page } from '@playwright/test';
import { DEMO_PASSWORD, openSampleNewsroom, sampleArticle } from '../helpers/sampleNewsroom.ts';
import { sampled, sampleRuns, summarize, timeRuns, type Sampled } from './measure.ts';
import { newsText } from './newsText.ts';
import { buildNewsdeskCommand, memoryMiB, startBrowserMode, timeNewsdesk } from './process.ts';
import type { Bench } from './run.ts';
import { DEBIAN_CHROMIUM } from '../helpers/debianChromium.mjs';

const SIZES = [10, 10_000] as const;
const ROUNDS = 31;
const OPENS = 7;
const PROCESS_RUNS = 7;
const SIGN_INS = 5;
const QUERIES = ['nong thon moi', 'dong chi ho tien thieu', 'tieu chi', 'BICH DIEP'];
const PROCESS_COMMANDS = ['list', 'show', 'search', 'import'] as const;
type ProcessCommand = (typeof PROCESS_COMMANDS)[number];

type Figures = Record<string, Sampled>;

const bench: Bench = async (report) => {
  await buildNewsdeskCommand();
  const sample = await sampleArticle();
  const bySize: Record<number, Figures> = { 10: {}, 10_000: {} };
  const put = (size: number, name: string, value: Sampled) => {
    bySize[size]![name] = value;
    report(sampled(`library.${name}.articles_${size}`, value));
  };
  /** The command lines of `list`, `show`, `search` and `import` on each library. */
  const commands: Record<number, Record<ProcessCommand, (run: number) => string[]>> = {};
  const dirs: string[] = [];

  try {
    for (const size of SIZES) {
      const dir = await mkdtemp(join(tmpdir(), 'newsdesk-bench-library-'));
      dirs.push(dir);
      const dataDir = join(dir, 'library');
      const seeded = await openSampleNewsroom(dataDir);
      const seededCount = seeded.articles.list().length;
      const stories = await Promise.all(seeded.articles.list().map((a) => seeded.articles.get(a.id)));
      await seeded.close();
      const text = await newsText(sample, stories);
      const articles = Array.from({ length: size - seededCount }, (_, i) => text.article(i));
      for (const article of articles) await writeFile(join(dataDir, 'articles', `${article.id}.json`), JSON.stringify(article));

      // The first open indexes the files written behind its back, the first search builds the search cache.
      let start = performance.now();
      const built = await ArticleStore.open(dataDir);
      report({ name: `library.index_new_files.articles_${size}`, value: performance.now() - start, unit: 'ms' });
      start = performance.now();
      await built.find('nong thon');
      report({ name: `library.build_search_cache.articles_${size}`, value: performance.now() - start, unit: 'ms' });
      await built.flush();
      const indexBytes = (await stat(join(dataDir, 'index.json'))).size + (await stat(join(dataDir, 'index.log'))).size;
      report({ name: `library.index_files.articles_${size}`, value: indexBytes / 1024, unit: 'KiB' });
      report({
        name: `library.search_index_files.articles_${size}`,
        value: (await folderBytes(join(dataDir, 'search'))) / 1024,
        unit: 'KiB',
      });
      for (const query of QUERIES) {
        report({
          name: `library.search_hits.${query.replaceAll(' ', '_')}.articles_${size}`,
          value: (await built.find(query)).length,
          unit: 'articles',
        });
      }

      // As list and search open it (each file looked at only when the articles folder changed), and as the app opens it (every file).
      put(size, 'open', await timeRuns(OPENS, () => ArticleStore.open(dataDir, undefined, { verifyFiles: 'if-folder-changed' })));
      put(size, 'open_checking_every_file', await timeRuns(OPENS, () => ArticleStore.open(dataDir)));
      // A fresh store each run: its first search opens the index and reads the shards it needs.
      put(
        size,
        'first_search_incl_cache_load',
        await sampleRuns(OPENS, async (i) => {
          const fresh = await ArticleStore.open(dataDir);
          const start = performance.now();
          await fresh.find(QUERIES[i % QUERIES.length]!);
          return performance.now() - start;
        }),
      );
      const store = await ArticleStore.open(dataDir);
      put(size, 'search', await timeRuns(ROUNDS, (i) => store.find(QUERIES[i % QUERIES.length]!)));
      const target = articles[Math.floor(articles.length / 2)] ?? sample;
      put(size, 'save', await timeRuns(ROUNDS, (i) => store.save({ ...target, title: `${target.title} — sửa ${i}` })));
      await store.flush();
      put(size, 'lowdb_single_file_reference.save', await lowdbSingleFileSave(dir, [...articles, sample], target));

      const data = ['--data', dataDir];
      const importFile = join(dir, 'bai-nhap.json');
      await writeFile(importFile, JSON.stringify({ ...sample, id: randomUUID() }));
      commands[size] = {
        list: () => [...data, 'list'],
        show: () => [...data, 'show', target.id],
        search: (run) => [...data, 'search', QUERIES[run % QUERIES.length]!],
        import: () => [...data, 'import', importFile],
      };

      const serve = await startBrowserMode(dataDir);
      const browser = await chromium.launch(DEBIAN_CHROMIUM);
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
        await page.goto(serve.entry);
        put(size, 'browser_mode.first_rows_after_sign_in', await sampleRuns(SIGN_INS, () => firstRowsAfterSignIn(page)));
        // The peak includes each sign-in's scrypt (about 130 MiB, given back right after); what serve holds is the resident size.
        const memory = await memoryMiB(serve.child.pid!);
        for (const [name, value] of [
          ['serve_resident_after_sign_ins', memory.resident],
          ['serve_peak_incl_scrypt', memory.peak],
        ] as const) {
          bySize[size]![`browser_mode.${name}`] = { median: value, min: value, max: value, runs: 1 };
          report({ name: `library.browser_mode.${name}.articles_${size}`, value, unit: 'MiB' });
        }
      } finally {
        await browser.close();
        await serve.stop();
      }
    }

    // Every command on both libraries, one run each in turn (the order reversed every other run).
    for (const command of PROCESS_COMMANDS) {
      const times: Record<number, number[]> = { 10: [], 10_000: [] };
      for (let run = 0; run < PROCESS_RUNS; run++) {
        for (const size of run % 2 === 0 ? SIZES : [...SIZES].reverse())
          times[size]!.push(await timeNewsdesk(commands[size]![command](run)));
      }
      for (const size of SIZES) put(size, `${command}.process`, summarize(times[size]!));
    }
  } finally {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  }
  for (const name of Object.keys(bySize[10]!)) {
    report({ name: `library.${name}.ratio_10000_vs_10`, value: bySize[10_000]![name]!.median / bySize[10]![name]!.median, unit: 'x' });
  }
};
export default bench;

/** From pressing Enter on the sign-in form to the first rows of the library drawn (ms); signs out after. */
async function firstRowsAfterSignIn(page: Page): Promise<number> {
  await page.getByLabel('Tên đăng nhập').fill('bichdiep');
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  const start = performance.now();
  await page.getByLabel('Mật khẩu').press('Enter');
  await page.locator('tr.article-row').first().waitFor();
  const ms = performance.now() - start;
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  return ms;
}

/** Bytes of every file under a folder (the search index's shards). */
async function folderBytes(folder: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return bytes;
}

/** The reference: every article in one lowdb JSON file (its stock adapter), rewritten on each save. */
async function lowdbSingleFileSave(dir: string, articles: Article[], target: Article): Promise<Sampled> {
  const db = new Low<{ articles: Record<string, Article> }>(new JSONFile(join(dir, 'single.json')), { articles: {} });
  db.data.articles = Object.fromEntries(articles.map((a) => [a.id, a]));
  await db.write();
  return timeRuns(OPENS, async (i) => {
    db.data.articles[target.id] = { ...target, title: `${target.title} — sửa ${i}` };
    await db.write();
  });
}
