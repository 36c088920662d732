import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { ArticleStore } from '../../core/store/ArticleStore.ts';
import { sampleArticle } from '../helpers/sampleNewsroom.ts';
import type { Bench } from './run.ts';

/** Saving one article in a library of 100 (the reference) and of 2,000 articles. */
const bench: Bench = async (report) => {
  const sample = await sampleArticle();
  const perSave: Record<number, number> = {};
  for (const size of [100, 2000]) {
    const dir = await mkdtemp(join(tmpdir(), 'newsdesk-bench-'));
    try {
      const store = await ArticleStore.open(dir);
      for (let i = 0; i < size; i++) await store.save({ ...sample, id: randomUUID(), title: `${sample.title} ${i}` });
      const rounds = 20;
      const start = performance.now();
      for (let i = 0; i < rounds; i++) await store.save({ ...sample, title: `${sample.title} — sửa lần ${i}` });
      perSave[size] = (performance.now() - start) / rounds;
      report({ name: `store.save.library_${size}`, value: perSave[size], unit: 'ms' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  report({ name: 'store.save.ratio_2000_vs_100', value: perSave[2000]! / perSave[100]!, unit: 'x' });
};
export default bench;
