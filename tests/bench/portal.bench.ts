import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_PORTAL_SETTINGS } from '../../core/model/portalSettings.ts';
import { DevPortal } from '../../devportal/DevPortal.ts';
import { openSync } from '../../core/portal/openSync.ts';
import { SyncQueue } from '../../core/portal/SyncQueue.ts';
import { ArticleStore } from '../../core/store/ArticleStore.ts';
import { AssetStore } from '../../core/store/AssetStore.ts';
import { sampleArticle } from '../helpers/sampleNewsroom.ts';
import type { Bench } from './run.ts';

const ARTICLES = 1000;

/**
 * First sync of 1,000 small approved articles to the development portal, sending one request at a
 * time (the reference: how the sync sent before) and four side by side (the default), each into a
 * fresh portal in this same run; then a second sync after one article changed.
 */
const bench: Bench = async (report) => {
  const root = await mkdtemp(join(tmpdir(), 'newsdesk-bench-portal-'));
  const portals: DevPortal[] = [];
  try {
    const sample = await sampleArticle();
    const paragraph = sample.body.root.children.find((node) => node.type === 'paragraph')!;
    const library = async (name: string) => {
      const dataDir = join(root, name);
      const articles = await ArticleStore.open(dataDir);
      const ids: string[] = [];
      for (let i = 0; i < ARTICLES; i++) {
        const id = randomUUID();
        ids.push(id);
        await articles.save({
          ...sample,
          id,
          title: `Tin ngắn số ${i + 1}`,
          state: 'approved',
          tags: ['nông thôn mới'],
          featuredPhoto: null,
          body: { root: { ...sample.body.root, children: [paragraph] } },
        });
      }
      const portal = await DevPortal.start({
        storeDir: join(root, `${name}-portal`),
        users: [{ name: 'admin', password: 'bench', role: 'administrator' }],
      });
      portals.push(portal);
      return { dataDir, articles, ids, portal };
    };
    const sync = async ({ dataDir, articles, portal }: Awaited<ReturnType<typeof library>>, concurrency: number) => {
      let requests = 0;
      const engine = openSync({
        articles,
        assets: new AssetStore(join(dataDir, 'assets')),
        queue: await SyncQueue.open(dataDir),
        settings: { ...DEFAULT_PORTAL_SETTINGS, baseUrl: portal.origin, username: 'admin', concurrency },
        password: 'bench',
        onRequest: () => requests++,
      });
      const start = performance.now();
      const entries = await engine.run(await engine.enqueue());
      if (entries.some((entry) => entry.status !== 'published')) throw new Error('bench: an article was not published');
      return { ms: performance.now() - start, requests };
    };

    const oneByOne = await library('one-by-one');
    const sideBySide = await library('side-by-side');
    const reference = await sync(oneByOne, 1);
    const first = await sync(sideBySide, 4);
    report({ name: 'portal.sync.first_1000.concurrency_1.time', value: reference.ms, unit: 'ms' });
    report({ name: 'portal.sync.first_1000.time', value: first.ms, unit: 'ms' });
    report({ name: 'portal.sync.first_1000.requests', value: first.requests, unit: 'requests' });
    report({ name: 'portal.sync.first_1000.concurrency_4_vs_1', value: first.ms / reference.ms, unit: 'x' });

    const changed = await sideBySide.articles.get(sideBySide.ids[500]!);
    await sideBySide.articles.save({ ...changed, title: `${changed.title} (đính chính)`, state: 'approved' });
    const second = await sync(sideBySide, 4);
    report({ name: 'portal.sync.second_one_changed.time', value: second.ms, unit: 'ms' });
    report({ name: 'portal.sync.second_one_changed.requests', value: second.requests, unit: 'requests' });
    report({ name: 'portal.sync.second_vs_first', value: second.ms / first.ms, unit: 'x' });
    // The search cache is written a moment after the last save: written now, not into the folder being removed.
    await oneByOne.articles.flush();
    await sideBySide.articles.flush();
  } finally {
    await Promise.all(portals.map((portal) => portal.close()));
    await rm(root, { recursive: true, force: true, maxRetries: 5 });
  }
};
export default bench;
