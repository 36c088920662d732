import { useId, useState } from 'react';
import type { Role } from '../../core/model/account.ts';
import { BACKUP_RESTORE_ROLES, type BackupInfo } from '../../core/model/backup.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ErrorPanel } from '../shared/ErrorPanel.tsx';
import { errorText } from '../shared/errorText.ts';
import { Loading } from '../shared/Loading.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import './backup.css';

type Work =
  { status: 'idle' } | { status: 'busy'; what: string } | { status: 'done'; message: string } | { status: 'failed'; message: string };

/** The data folder's backups: the daily ones Newsdesk keeps, one made now, and restoring one (editors and administrators). */
export function BackupScreen({ role }: { role: Role }) {
  const canRestore = BACKUP_RESTORE_ROLES.includes(role);
  const api = useApi();
  const { t, locale } = useI18n();
  const headingId = useId();
  const [backups, reload] = useLoad(() => api.backup.list(), [api]);
  const [work, setWork] = useState<Work>({ status: 'idle' });

  const run = async (what: string, action: () => Promise<BackupInfo>, done: (info: BackupInfo) => string) => {
    setWork({ status: 'busy', what });
    try {
      const info = await action();
      setWork({ status: 'done', message: done(info) });
      reload();
    } catch (error) {
      setWork({ status: 'failed', message: errorText(error, t) });
    }
  };

  const restore = (backup: BackupInfo) => {
    const when = formatDateTime(backup.createdAt, locale);
    if (!window.confirm(t('backup.confirmRestore', { when }))) return;
    void run(
      t('backup.restoring'),
      () => api.backup.restore(backup.name),
      () => t('backup.restored', { when }),
    );
  };

  return (
    <section className="backup-screen" aria-labelledby={headingId}>
      <div className="backup-screen__bar">
        <div>
          <h1 id={headingId}>{t('backup.title')}</h1>
          <p className="backup-screen__intro">{t('backup.intro')}</p>
          {!canRestore && <p className="backup-screen__intro">{t('backup.restoreForEditors')}</p>}
        </div>
        <button
          type="button"
          className="button button--primary"
          disabled={work.status === 'busy'}
          onClick={() =>
            void run(
              t('backup.creating'),
              () => api.backup.create(),
              (info) => t('backup.created', { count: info.articleCount }),
            )
          }
        >
          {t('backup.createNow')}
        </button>
      </div>
      <p role="status" className="backup-screen__status">
        {work.status === 'busy' ? work.what : work.status === 'done' ? work.message : ''}
      </p>
      {work.status === 'failed' && <p role="alert">{work.message}</p>}
      {backups.status === 'loading' && <Loading />}
      {backups.status === 'failed' && <ErrorPanel error={backups.error} onRetry={reload} />}
      {backups.status === 'ready' &&
        (backups.value.length === 0 ? (
          <p className="panel">{t('backup.none')}</p>
        ) : (
          <table className="backup-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('backup.columnWhen')}</th>
                <th scope="col">{t('backup.columnKind')}</th>
                <th scope="col">{t('backup.columnArticles')}</th>
                {canRestore && (
                  <th scope="col">
                    <span className="visually-hidden">{t('backup.columnActions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {backups.value.map((backup) => (
                <tr key={backup.name}>
                  <td>
                    <time dateTime={backup.createdAt}>{formatDateTime(backup.createdAt, locale)}</time>
                  </td>
                  <td>{t(`backup.kind.${backup.kind}`)}</td>
                  <td>{backup.articleCount}</td>
                  {canRestore && (
                    <td>
                      <button
                        type="button"
                        className="button"
                        disabled={work.status === 'busy'}
                        aria-label={t('backup.restoreFrom', { when: formatDateTime(backup.createdAt, locale) })}
                        onClick={() => restore(backup)}
                      >
                        {t('backup.restore')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
