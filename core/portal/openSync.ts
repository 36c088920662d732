import { NewsdeskError } from '../api.ts';
import type { PortalSettings } from '../model/portalSettings.ts';
import type { ArticleStore } from '../store/ArticleStore.ts';
import type { AssetStore } from '../store/AssetStore.ts';
import { JsonApiClient } from './JsonApiClient.ts';
import { checkPortalUrl } from './portalUrl.ts';
import type { RetryPolicy } from './retry.ts';
import { SyncEngine } from './SyncEngine.ts';
import type { QueueEntry, SyncQueue } from './SyncQueue.ts';

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
  if (!parts.settings.baseUrl) throw new NewsdeskError('chưa nhập địa chỉ cổng thông tin: hãy nhập ở phần Cài đặt cổng thông tin');
  const baseUrl = checkPortalUrl(parts.settings.baseUrl);
  if (!parts.settings.username) throw new NewsdeskError('chưa nhập tên đăng nhập cổng thông tin');
  if (!parts.password) throw new NewsdeskError(`chưa có mật khẩu cổng thông tin cho tài khoản ${parts.settings.username}`);
  const client = new JsonApiClient({
    settings: { ...parts.settings, baseUrl },
    credentials: { username: parts.settings.username, password: parts.password },
    timeoutMs: parts.timeoutMs,
    fetch: parts.fetch,
    onRequest: parts.onRequest,
  });
  return new SyncEngine({ articles: parts.articles, assets: parts.assets, queue: parts.queue, client, retry: parts.retry, onChange: parts.onChange });
}
