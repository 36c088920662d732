import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Article } from '../../core/model/article.ts';
import { ArticleStore } from '../../core/store/ArticleStore.ts';
import { sampleArticle } from '../helpers/sampleNewsroom.ts';
import type { Bench } from './run.ts';

const SIZES = [10, 10_000] as const;
const ROUNDS = 31;

/**
 * The library at 10 and 10,000 articles: save latency (median), search latency, and opening the
 * store, against a single-file lowdb holding every article as the reference a plain design gives.
 */
const bench: Bench = async (report) => {
  const sample = await sampleArticle();
  const words = sample.body.root.children.flatMap((n) => JSON.stringify(n).match(/[\p{L}]{3,}/gu) ?? []);
  const saveMedian: Record<number, number> = {};
  const lowdbMedian: Record<number, number> = {};

  for (const size of SIZES) {
    const dir = await mkdtemp(join(tmpdir(), 'newsdesk-bench-'));
    try {
      const articles = Array.from({ length: size }, (_, i) => variant(sample, words, i));
      await writeLibraryFiles(dir, articles);

      let start = performance.now();
      const built = await ArticleStore.open(dir);
      report({ name: `library.rebuild.articles_${size}`, value: performance.now() - start, unit: 'ms' });
      await built.flush();
      report({ name: `library.index_file.articles_${size}`, value: (await stat(join(dir, 'index.json'))).size / 1024, unit: 'KiB' });

      start = performance.now();
      const store = await ArticleStore.open(dir);
      report({ name: `library.open.articles_${size}`, value: performance.now() - start, unit: 'ms' });

      const target = articles[Math.floor(size / 2)]!;
      saveMedian[size] = await median(ROUNDS, (i) => store.save({ ...target, title: `${target.title} — sửa ${i}` }));
      report({ name: `library.save.median.articles_${size}`, value: saveMedian[size], unit: 'ms' });

      const queries = ['nong thon moi', 'dong chi ho tien thieu', 'tieu chi', 'BICH DIEP'];
      const searchMedian = await median(ROUNDS, async (i) => void store.find(queries[i % queries.length]!));
      report({ name: `library.search.median.articles_${size}`, value: searchMedian, unit: 'ms' });
      await store.flush();

      lowdbMedian[size] = await lowdbSingleFileSaveMedian(dir, articles, target);
      report({ name: `lowdb_single_file.save.median.articles_${size}`, value: lowdbMedian[size], unit: 'ms' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  report({ name: 'library.save.ratio_10000_vs_10', value: saveMedian[10_000]! / saveMedian[10]!, unit: 'x' });
  report({ name: 'lowdb_single_file.save.ratio_10000_vs_10', value: lowdbMedian[10_000]! / lowdbMedian[10]!, unit: 'x' });
};
export default bench;

/** A different article each time: its own id, title and a shuffled body, so the search index is realistic. */
function variant(sample: Article, words: string[], i: number): Article {
  const pick = (n: number) => Array.from({ length: n }, (_, k) => words[(i * 7919 + k * 104729) % words.length]).join(' ');
  const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0 }] });
  return {
    ...sample,
    id: randomUUID(),
    title: `${pick(8)} số ${i}`,
    sapo: pick(30),
    body: { root: { ...sample.body.root, children: [paragraph(pick(120)), paragraph(pick(120)), paragraph(pick(120))] } },
    updatedAt: new Date(Date.UTC(2021, 0, 1) + i * 60_000).toISOString(),
  };
}

async function writeLibraryFiles(dir: string, articles: Article[]): Promise<void> {
  await mkdir(join(dir, 'articles'));
  for (const article of articles) await writeFile(join(dir, 'articles', `${article.id}.json`), JSON.stringify(article));
}

/** The reference: every article in one lowdb JSON file (its stock adapter), rewritten on each save. */
async function lowdbSingleFileSaveMedian(dir: string, articles: Article[], target: Article): Promise<number> {
  const db = new Low<{ articles: Record<string, Article> }>(new JSONFile(join(dir, 'single.json')), { articles: {} });
  db.data.articles = Object.fromEntries(articles.map((a) => [a.id, a]));
  await db.write();
  return median(ROUNDS, async (i) => {
    db.data.articles[target.id] = { ...target, title: `${target.title} — sửa ${i}` };
    await db.write();
  });
}

async function median(rounds: number, run: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
