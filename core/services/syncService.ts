import { NewsdeskError, type NewsdeskApi } from '../api.ts';
import type { PortalSettingsView } from '../model/portalSettings.ts';
import type { SyncOverview } from '../model/sync.ts';
import { testConnection } from '../portal/connectionTest.ts';
import { JsonApiClient } from '../portal/JsonApiClient.ts';
import { openSync } from '../portal/openSync.ts';
import { readPortalAccount, readPortalSettings, writePortalAccount, writePortalSettings } from '../portal/portalSettingsFile.ts';
import { PortalSettingsSchema, type PortalSettings, type PortalSettingsInput } from '../model/portalSettings.ts';
import { checkPortalUrl } from '../portal/portalUrl.ts';
import type { RetryPolicy } from '../portal/retry.ts';
import { portalSecretKey, type SecretStore } from '../portal/SecretStore.ts';
import { SyncQueue, toItem } from '../portal/SyncQueue.ts';
import type { ArticleStore } from '../store/ArticleStore.ts';
import type { AssetStore } from '../store/AssetStore.ts';
import type { Session } from './sessionService.ts';
import { silentLog, type Log } from '../log/Log.ts';
import type { QueueEntry } from '../portal/SyncQueue.ts';
import { msg, reasonText } from '../i18n/coreMessages.ts';

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
  private held: SyncOverview['held'] = undefined;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryRound = 0;

  constructor(private readonly options: PortalSyncOptions) {}

  service(): NewsdeskApi['sync'] {
    return {
      settings: async () => {
        this.options.session.requireUser();
        return this.view();
      },
      saveSettings: async ({ password, ...input }) => {
        const user = this.options.session.requireUser();
        const { username, ...shared } = this.checkedSettings(input);
        const { baseUrl } = shared;
        const saved = await readPortalSettings(this.options.dataDir);
        const { username: _savedUsername, ...savedShared } = saved;
        if (JSON.stringify(sortKeys(shared)) !== JSON.stringify(sortKeys(savedShared))) {
          this.requireEditor();
          await writePortalSettings(this.options.dataDir, { ...saved, ...shared });
        }
        // Each person signs in to the portal with their own account, kept for them alone.
        await writePortalAccount(this.options.dataDir, user.username, username);
        if (password) await this.options.secrets.set(portalSecretKey(baseUrl, username, user.username), password);
        return this.view();
      },
      testConnection: async (onScreen) => {
        this.requireSyncer();
        // Settings on screen are tried as they are, nothing kept: a password the portal refuses is never saved.
        const settings = onScreen ? this.checkedSettings(onScreen) : await this.settingsOfUser();
        if (!settings.baseUrl) return { ok: false, message: msg('portal.check.noAddress') };
        const password = onScreen?.password || (await this.password(settings.baseUrl, settings.username));
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
      preview: async () => {
        this.requireSyncer();
        return (await this.engine()).preview();
      },
      start: async (picked) => {
        this.requireSyncer();
        await this.start(picked);
        return this.overview();
      },
      resolve: async (articleId, choice) => {
        this.requireSyncer();
        await (await this.engine()).resolve(articleId, choice);
        if (choice === 'keep-mine') await this.start();
        return this.overview();
      },
    };
  }

  private async start(picked?: string[]): Promise<void> {
    if (this.running) return;
    const engine = await this.engine();
    const log = this.options.log ?? silentLog;
    this.batch = [];
    this.held = undefined;
    this.running = (async () => {
      // What changed on the portal comes in first, so that what goes out is measured against it.
      const pulled = await engine.pull().catch((error: unknown) => {
        log.warn('sync: pull failed', { error });
        return null;
      });
      if (pulled) log.info('sync pulled', { ...pulled });
      // Only what the user picked goes out now; the rest waits for a later sync.
      this.batch = await engine.enqueue(picked);
      log.info('sync started', { articles: this.batch.length });
      const entries = await engine.run(this.batch);
      this.held = engine.held ?? undefined;
      if (engine.held)
        log.warn('sync: portal did not answer, the rest waits for the next run', {
          count: engine.held.count,
          reason: reasonText('vi', engine.held.reason),
        });
      return entries;
    })()
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
    this.retryTimer = setTimeout(() => void this.start(this.batch).catch(() => undefined), delay);
    this.retryTimer.unref();
  }

  /** Settings as typed, with the address checked and the account name trimmed. */
  private checkedSettings({ password: _password, ...settings }: PortalSettingsInput): PortalSettings {
    const baseUrl = settings.baseUrl.trim() === '' ? '' : checkPortalUrl(settings.baseUrl);
    return PortalSettingsSchema.parse({ ...settings, baseUrl, username: settings.username.trim() });
  }

  private async engine() {
    const settings = await this.settingsOfUser();
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
      ...(this.held ? { held: this.held } : {}),
    };
  }

  private async view(): Promise<PortalSettingsView> {
    const settings = await this.settingsOfUser();
    return { ...settings, hasPassword: (await this.password(settings.baseUrl, settings.username)) !== null };
  }

  /** The newsroom's portal settings with the signed-in person's own portal account. */
  private async settingsOfUser(): Promise<PortalSettings> {
    const user = this.options.session.requireUser();
    const settings = await readPortalSettings(this.options.dataDir);
    return { ...settings, username: (await readPortalAccount(this.options.dataDir, user.username)) || settings.username };
  }

  private async password(baseUrl: string, username: string): Promise<string | null> {
    if (!baseUrl || !username) return null;
    const user = this.options.session.requireUser();
    // A password saved before each person kept their own is still found.
    return (
      (await this.options.secrets.get(portalSecretKey(baseUrl, username, user.username))) ??
      (await this.options.secrets.get(portalSecretKey(baseUrl, username)))
    );
  }

  /** Reporters send their submissions and take in decisions; editors and administrators everything else. */
  private requireSyncer(): void {
    const user = this.options.session.requireUser();
    if (user.role === 'communications') throw NewsdeskError.of(msg('error.sync.communications'), 'forbidden');
  }

  private requireEditor(): void {
    const user = this.options.session.requireUser();
    if (user.role !== 'editor' && user.role !== 'admin') {
      throw NewsdeskError.of(msg('error.sync.settingsRole'), 'forbidden');
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
      log.warn(`sync: article ${entry.status}`, { articleId: entry.articleId, reason: entry.reason && reasonText('vi', entry.reason) });
    }
  }
}

function sortKeys(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}
