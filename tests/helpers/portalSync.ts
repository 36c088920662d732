import { randomUUID } from 'node:crypto';
import type { Article } from '../../core/model/article.ts';
import { DEFAULT_PORTAL_SETTINGS, type PortalSettings } from '../../core/model/portalSettings.ts';
import type { Newsdesk } from '../../core/newsdesk.ts';
import type { DevPortal } from '../../devportal/DevPortal.ts';
import { openSync } from '../../core/portal/openSync.ts';
import type { RetryPolicy } from '../../core/portal/retry.ts';
import { SyncQueue } from '../../core/portal/SyncQueue.ts';
import { ADMIN, samplePhotoBytes } from './devPortal.ts';
import { sampleId } from './sampleNewsroom.ts';

/** Retries without real waiting; every wait asked for is recorded. */
export function recordedRetry(waits: number[] = [], maxAttempts = 6): RetryPolicy {
  return { maxAttempts, baseMs: 10, capMs: 1000, random: () => 0.5, sleep: async (ms) => void waits.push(ms) };
}

export interface EngineOptions {
  password?: string;
  settings?: Partial<PortalSettings>;
  timeoutMs?: number;
  retry?: RetryPolicy;
  fetch?: typeof fetch;
  requests?: string[];
}

/** A sync engine for this data folder and portal, opened from disk as the app does. */
export async function syncEngine(newsdesk: Newsdesk, portal: Pick<DevPortal, 'origin'>, options: EngineOptions = {}) {
  return openSync({
    articles: newsdesk.articles,
    assets: newsdesk.assets,
    queue: await SyncQueue.open(newsdesk.dataDir),
    settings: { ...DEFAULT_PORTAL_SETTINGS, baseUrl: portal.origin, username: ADMIN.name, ...options.settings },
    password: options.password ?? ADMIN.password,
    // The first unanswered request holds a run for the next one: wait as long as the app does, so a busy machine is not taken for a silent portal.
    timeoutMs: options.timeoutMs ?? 30_000,
    retry: options.retry ?? recordedRetry(),
    fetch: options.fetch,
    onRequest: (method, path) => options.requests?.push(`${method} ${path}`),
  });
}

/** Leaves no other article of the sample newsroom approved, so a sync sends only what the test prepares. */
export async function holdOtherApproved(newsdesk: Newsdesk): Promise<void> {
  for (const summary of newsdesk.articles.list({ state: 'approved' })) {
    await newsdesk.articles.save({ ...(await newsdesk.articles.get(summary.id)), state: 'submitted' });
  }
}

/**
 * Makes the sample article a newsroom article of its own (sample articles never go to a portal)
 * and marks it approved (and only it), as an editor would after review.
 */
export async function approveSample(newsdesk: Newsdesk): Promise<Article> {
  await holdOtherApproved(newsdesk);
  const { sample: _sample, ...article } = await newsdesk.articles.get(await sampleId(newsdesk));
  return newsdesk.articles.save({ ...article, state: 'approved' });
}

/** Puts `count` approved articles in the library, each with its own photo (the sample photo plus distinct trailing bytes). */
export async function approvedArticles(newsdesk: Newsdesk, count: number): Promise<string[]> {
  await holdOtherApproved(newsdesk);
  const { sample: _sample, ...sample } = await newsdesk.articles.get(await sampleId(newsdesk));
  const photo = await samplePhotoBytes();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const asset = await newsdesk.assets.put(Buffer.concat([photo, Buffer.from(`bài ${i}`)]));
    const id = randomUUID();
    await newsdesk.articles.save({
      ...sample,
      id,
      title: `Bài thử số ${i + 1}`,
      state: 'approved',
      tags: ['nông thôn mới'],
      featuredPhoto: { ...sample.featuredPhoto!, asset, caption: `Ảnh của bài ${i + 1}` },
      body: { root: { ...sample.body.root, children: sample.body.root.children.filter((node) => node.type !== 'image') } },
    });
    ids.push(id);
  }
  return ids;
}
