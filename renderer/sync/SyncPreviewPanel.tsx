import { useId, useState } from 'react';
import type { SyncPreview } from '../../core/model/sync.ts';
import { useT } from '../i18n/I18nContext.tsx';

interface Props {
  preview: SyncPreview;
  busy: boolean;
  onConfirm(picked: string[]): void;
  onCancel(): void;
}

/** Before a sync: what will go live or be sent (each can be left out), and what will come back from the portal. */
export function SyncPreviewPanel({ preview, busy, onConfirm, onCancel }: Props) {
  const t = useT();
  const id = useId();
  const [picked, setPicked] = useState(() => new Set(preview.outgoing.map((item) => item.articleId)));
  const nothingNew = preview.outgoing.length === 0 && preview.incoming.length === 0 && preview.portalUnreachable === undefined;
  const toggle = (articleId: string) =>
    setPicked((current) => {
      const next = new Set(current);
      if (next.has(articleId)) next.delete(articleId);
      else next.add(articleId);
      return next;
    });

  const samples = preview.samplesHeld > 0 ? <p>{t('sync.preview.samples', { count: preview.samplesHeld })}</p> : null;

  if (nothingNew) {
    return (
      <div className="panel sync-preview" role="status">
        <p>{t('sync.preview.nothingNew')}</p>
        {samples}
        <button type="button" className="button" onClick={onCancel}>
          {t('sync.preview.close')}
        </button>
      </div>
    );
  }
  return (
    <section className="panel sync-preview" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sync.preview.title')}</h2>
      <h3>{t('sync.preview.outgoing', { count: preview.outgoing.length })}</h3>
      {preview.outgoing.length === 0 ? (
        <p>{t('sync.preview.noOutgoing')}</p>
      ) : (
        <ul className="sync-preview__list">
          {preview.outgoing.map((item) => (
            <li key={item.articleId}>
              <label>
                <input type="checkbox" checked={picked.has(item.articleId)} onChange={() => toggle(item.articleId)} />
                <span className={`sync-badge sync-badge--${item.action === 'publish' ? 'published' : 'sent'}`}>
                  {t(`sync.action.${item.action}`)}
                </span>{' '}
                {item.title}
              </label>
            </li>
          ))}
        </ul>
      )}
      {samples}
      <h3>{t('sync.preview.incoming', { count: preview.incoming.length })}</h3>
      {preview.portalUnreachable !== undefined ? (
        <p role="alert">{t('sync.preview.portalUnreachable', { reason: preview.portalUnreachable })}</p>
      ) : preview.incoming.length === 0 ? (
        <p>{t('sync.preview.noIncoming')}</p>
      ) : (
        <ul className="sync-preview__list">
          {preview.incoming.map((item) => (
            <li key={item.articleId}>{item.title}</li>
          ))}
        </ul>
      )}
      <div className="sync-preview__actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => onConfirm([...picked])}>
          {t('sync.preview.confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('sync.preview.cancel')}
        </button>
      </div>
    </section>
  );
}
