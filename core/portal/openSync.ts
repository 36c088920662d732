import { NewsdeskError } from '../api.ts';
import type { PortalSettings } from '../model/portalSettings.ts';
import type { ArticleStore } from '../store/ArticleStore.ts';
import type { AssetStore } from '../store/AssetStore.ts';
import { JsonApiClient } from './JsonApiClient.ts';
import { checkPortalUrl } from './portalUrl.ts';
import type { RetryPolicy } from './retry.ts';
import { SyncEngine } from './SyncEngine.ts';
import type { QueueEntry, SyncQueue } from './SyncQueue.ts';
import { msg } from '../i18n/coreMessages.ts';

export interface SyncParts {
  articles: ArticleStore;
  assets: AssetStore;
  queue: SyncQueue;
  settings: PortalSettings;
  password: string | null;
  timeoutMs?: number;
  retry?: RetryPolicy;
  fetch?: typeof fetch;
  onRequest?(method: string, path: string): void;
  onChange?(entry: QueueEntry): void;
}

/** The engine for one sync, refusing with a clear message when the portal is not set up. */
export function openSync(parts: SyncParts): SyncEngine {
  if (!parts.settings.baseUrl) throw NewsdeskError.of(msg('error.sync.noAddress'));
  const baseUrl = checkPortalUrl(parts.settings.baseUrl);
  if (!parts.settings.username) throw NewsdeskError.of(msg('error.sync.noUsername'));
  if (!parts.password) throw NewsdeskError.of(msg('error.sync.noPassword', { username: parts.settings.username }));
  const client = new JsonApiClient({
    settings: { ...parts.settings, baseUrl },
    credentials: { username: parts.settings.username, password: parts.password },
    timeoutMs: parts.timeoutMs,
    fetch: parts.fetch,
    onRequest: parts.onRequest,
  });
  return new SyncEngine({
    articles: parts.articles,
    assets: parts.assets,
    queue: parts.queue,
    client,
    retry: parts.retry,
    onChange: parts.onChange,
  });
}
