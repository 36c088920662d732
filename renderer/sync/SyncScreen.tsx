import { useId, useState } from 'react';
import type { ConflictChoice, SyncItem, SyncPreview } from '../../core/model/sync.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ErrorPanel } from '../shared/ErrorPanel.tsx';
import { reasonText } from '../shared/errorText.ts';
import { Loading } from '../shared/Loading.tsx';
import { useEscapeKey } from '../shared/useEscapeKey.ts';
import { useLoad } from '../shared/useLoad.ts';
import { BackButton } from '../article/BackButton.tsx';
import { useT } from '../i18n/I18nContext.tsx';
import { PortalSettingsForm } from '../settings/PortalSettingsForm.tsx';
import { ConflictView } from './ConflictView.tsx';
import { SyncPreviewPanel } from './SyncPreviewPanel.tsx';
import { useSyncStatus } from './useSyncStatus.ts';
import './sync.css';

/** The portal: its settings, the "Đồng bộ" button with progress, and one result per article. */
export function SyncScreen({ onBack }: { onBack(): void }) {
  const api = useApi();
  const t = useT();
  const headingId = useId();
  const [settings, reloadSettings] = useLoad(() => api.sync.settings(), [api]);
  const { overview, error, update } = useSyncStatus();
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [preview, setPreview] = useState<SyncPreview | null>(null);
  useEscapeKey(onBack);

  /** "Đồng bộ" first shows what would go live and what would come back; the sync runs once confirmed. */
  async function showPreview() {
    setBusy(true);
    setActionError(null);
    try {
      setPreview(await api.sync.preview());
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(false);
    }
  }

  async function act(call: () => ReturnType<typeof api.sync.start>) {
    setBusy(true);
    setActionError(null);
    try {
      update(await call());
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(false);
    }
  }

  const running = overview?.running ?? false;
  const hasWaiting = overview?.items.some((item) => item.status === 'waiting' || item.status === 'failed') ?? false;

  return (
    <section className="sync-screen" aria-labelledby={headingId}>
      <nav className="article-screen__nav">
        <BackButton onBack={onBack} />
      </nav>
      <h1 id={headingId}>{t('sync.title')}</h1>
      <p className="sync-screen__intro">{t('sync.intro')}</p>

      <div className="sync-screen__bar">
        <button
          type="button"
          className="button button--primary"
          disabled={busy || running || preview !== null}
          onClick={() => void showPreview()}
        >
          {running ? t('sync.running') : hasWaiting ? t('sync.retryNow') : t('sync.start')}
        </button>
        {overview && overview.total > 0 && (
          <div className="sync-progress">
            <progress
              max={overview.total}
              value={overview.done}
              aria-label={t('sync.progress', { done: overview.done, total: overview.total })}
            />
            <span role="status">{t('sync.progress', { done: overview.done, total: overview.total })}</span>
          </div>
        )}
      </div>
      {overview?.held && !running && <p>{t('sync.waitingForNextRun', { count: overview.held.count, reason: overview.held.reason })}</p>}
      {preview && (
        <SyncPreviewPanel
          key={JSON.stringify(preview)}
          preview={preview}
          busy={busy}
          onCancel={() => setPreview(null)}
          onConfirm={(picked) => {
            setPreview(null);
            void act(() => api.sync.start(picked));
          }}
        />
      )}
      {(actionError ?? error) !== null && <ErrorPanel error={actionError ?? error} />}

      <h2 className="sync-screen__subtitle">{t('sync.results')}</h2>
      {!overview && !error && <Loading />}
      {overview && overview.items.length === 0 && <p className="panel sync-screen__empty">{t('sync.empty')}</p>}
      {overview && overview.items.length > 0 && (
        <ul className="sync-items">
          {overview.items.map((item) => (
            <SyncRow
              key={item.articleId}
              item={item}
              busy={busy}
              onResolve={(choice) => void act(() => api.sync.resolve(item.articleId, choice))}
            />
          ))}
        </ul>
      )}

      {settings.status === 'loading' && <Loading />}
      {settings.status === 'failed' && <ErrorPanel error={settings.error} onRetry={reloadSettings} />}
      {/* Settings saved again: the refusal they caused (no address, no password) no longer stands. */}
      {settings.status === 'ready' && <PortalSettingsForm initial={settings.value} onSaved={() => setActionError(null)} />}
    </section>
  );
}

function SyncRow({ item, busy, onResolve }: { item: SyncItem; busy: boolean; onResolve(choice: ConflictChoice): void }) {
  const t = useT();
  return (
    <li className="sync-item panel" data-status={item.status}>
      <div className="sync-item__line">
        <span className={`sync-badge sync-badge--${item.status}`}>{t(`sync.status.${item.status}`)}</span>
        <span className="sync-item__title">{item.title}</span>
        {item.url && (item.status === 'published' || item.status === 'archived' || item.status === 'received') && (
          <a className="sync-item__link" href={item.url} target="_blank" rel="noreferrer noopener">
            {t('sync.view')}
          </a>
        )}
      </div>
      {item.reason && item.status !== 'conflict' && <p className="sync-item__reason">{reasonText(item.reason, t)}</p>}
      {item.status === 'conflict' && <ConflictView item={item} busy={busy} onResolve={onResolve} />}
    </li>
  );
}
