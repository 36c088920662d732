import { NewsdeskError, type NewsdeskApi } from '../api.ts';
import type { PortalSettingsView } from '../model/portalSettings.ts';
import type { SyncOverview } from '../model/sync.ts';
import { testConnection } from '../portal/connectionTest.ts';
import { JsonApiClient } from '../portal/JsonApiClient.ts';
import { openSync } from '../portal/openSync.ts';
import { readPortalSettings, writePortalSettings } from '../portal/portalSettingsFile.ts';
import { checkPortalUrl } from '../portal/portalUrl.ts';
import type { RetryPolicy } from '../portal/retry.ts';
import { portalSecretKey, type SecretStore } from '../portal/SecretStore.ts';
import { SyncQueue, toItem } from '../portal/SyncQueue.ts';
import type { ArticleStore } from '../store/ArticleStore.ts';
import type { AssetStore } from '../store/AssetStore.ts';
import type { Session } from './sessionService.ts';
import { silentLog, type Log } from '../log/Log.ts';
import type { QueueEntry } from '../portal/SyncQueue.ts';

export interface PortalSyncOptions {
  dataDir: string;
  /** Read at each run: restoring a backup replaces the stores. */
  stores: { readonly articles: ArticleStore; readonly assets: AssetStore };
  secrets: SecretStore;
  session: Session;
  timeoutMs?: number;
  retry?: RetryPolicy;
  log?: Log;
}

const RETRY_LATER_MS = [15_000, 30_000, 60_000, 120_000, 300_000, 600_000];

/** The `sync` service: portal settings, the connection check, and the queue run in the background while the UI polls. */
export class PortalSync {
  private queue: Promise<SyncQueue> | null = null;
  private running: Promise<void> | null = null;
  private batch: string[] = [];
  private retryTimer: NodeJS.Timeout | null = null;
  private retryRound = 0;

  constructor(private readonly options: PortalSyncOptions) {}

  service(): NewsdeskApi['sync'] {
    return {
      settings: async () => {
        this.options.session.requireUser();
        return this.view();
      },
      saveSettings: async ({ password, ...settings }) => {
        this.requireEditor();
        const baseUrl = settings.baseUrl.trim() === '' ? '' : checkPortalUrl(settings.baseUrl);
        const next = { ...settings, baseUrl, username: settings.username.trim() };
        await writePortalSettings(this.options.dataDir, next);
        if (password) await this.options.secrets.set(portalSecretKey(baseUrl, next.username), password);
        return this.view();
      },
      testConnection: async () => {
        this.requireEditor();
        const settings = await readPortalSettings(this.options.dataDir);
        if (!settings.baseUrl) return { ok: false, message: 'chưa nhập địa chỉ cổng thông tin' };
        const password = await this.password(settings.baseUrl, settings.username);
        const client = new JsonApiClient({
          settings,
          credentials: password ? { username: settings.username, password } : null,
          timeoutMs: this.options.timeoutMs ?? 15_000,
        });
        return testConnection(client, password !== null);
      },
      status: async () => {
        this.options.session.requireUser();
        return this.overview();
      },
      start: async () => {
        this.requireEditor();
        await this.start();
        return this.overview();
      },
      resolve: async (articleId, choice) => {
        this.requireEditor();
        await (await this.engine()).resolve(articleId, choice);
        if (choice === 'keep-mine') await this.start();
        return this.overview();
      },
    };
  }

  private async start(): Promise<void> {
    if (this.running) return;
    const engine = await this.engine();
    this.batch = await engine.enqueue();
    const log = this.options.log ?? silentLog;
    log.info('sync started', { articles: this.batch.length });
    this.running = engine
      .run(this.batch)
      .then(async (entries) => {
        logOutcome(log, entries);
        this.scheduleRetry(entries.some((entry) => entry.status === 'waiting'));
      })
      .catch((error: unknown) => log.error('sync failed', { error }))
      .finally(() => {
        this.running = null;
      });
  }

  /** Work left waiting (portal unreachable or busy) is tried again on its own, a little later each time. */
  private scheduleRetry(waiting: boolean): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    if (!waiting) {
      this.retryRound = 0;
      return;
    }
    const delay = RETRY_LATER_MS[Math.min(this.retryRound++, RETRY_LATER_MS.length - 1)]!;
    this.options.log?.info('sync will try again', { inSeconds: delay / 1000 });
    this.retryTimer = setTimeout(() => void this.start().catch(() => undefined), delay);
    this.retryTimer.unref();
  }

  private async engine() {
    const settings = await readPortalSettings(this.options.dataDir);
    return openSync({
      articles: this.options.stores.articles,
      assets: this.options.stores.assets,
      queue: await this.openQueue(),
      settings,
      password: await this.password(settings.baseUrl, settings.username),
      timeoutMs: this.options.timeoutMs,
      retry: this.options.retry,
    });
  }

  private openQueue(): Promise<SyncQueue> {
    this.queue ??= SyncQueue.open(this.options.dataDir);
    return this.queue;
  }

  private async overview(): Promise<SyncOverview> {
    const queue = await this.openQueue();
    const items = queue.list().map(toItem);
    const inBatch = new Set(this.batch);
    const batchItems = items.filter((item) => inBatch.has(item.articleId));
    return {
      running: this.running !== null,
      total: batchItems.length,
      done: batchItems.filter((item) => item.status !== 'waiting' && item.status !== 'sending').length,
      items: items.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    };
  }

  private async view(): Promise<PortalSettingsView> {
    const settings = await readPortalSettings(this.options.dataDir);
    return { ...settings, hasPassword: (await this.password(settings.baseUrl, settings.username)) !== null };
  }

  private password(baseUrl: string, username: string): Promise<string | null> {
    return baseUrl && username ? this.options.secrets.get(portalSecretKey(baseUrl, username)) : Promise.resolve(null);
  }

  private requireEditor(): void {
    const user = this.options.session.requireUser();
    if (user.role !== 'editor' && user.role !== 'admin') {
      throw new NewsdeskError('chỉ biên tập viên và quản trị viên được đưa bài lên cổng thông tin', 'forbidden');
    }
  }
}

/** One line for the batch, and one for each article the portal did not take (its reason is the portal's own). */
function logOutcome(log: Log, entries: QueueEntry[]): void {
  const counts: Record<string, number> = {};
  for (const entry of entries) counts[entry.status] = (counts[entry.status] ?? 0) + 1;
  log.info('sync finished', counts);
  for (const entry of entries) {
    if (entry.status === 'failed' || entry.status === 'conflict' || entry.status === 'waiting') {
      log.warn(`sync: article ${entry.status}`, { articleId: entry.articleId, reason: entry.reason });
    }
  }
}
