import { useId, useState } from 'react';
import type { RevisionMeta } from '../../core/model/revision.ts';
import { useDisplayName } from '../accounts/usePeople.tsx';
import { useApi } from '../api/ApiContext.tsx';
import { ErrorPanel } from '../shared/ErrorPanel.tsx';
import { errorText } from '../shared/errorText.ts';
import { Loading } from '../shared/Loading.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { RevisionDiff } from './RevisionDiff.tsx';
import './history.css';

/**
 * An article's kept revisions, newest first: pick two to see what changed between them, or bring
 * one back (as a new revision; nothing is overwritten).
 */
export function HistoryPanel({ articleId, onRestored }: { articleId: string; onRestored(): void }) {
  const api = useApi();
  const { t, locale } = useI18n();
  const name = useDisplayName();
  const headingId = useId();
  const [revisions, reload] = useLoad(() => api.history.list(articleId), [api, articleId]);
  const [pair, setPair] = useState<[number, number] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const restore = async (revision: RevisionMeta) => {
    if (!window.confirm(t('history.confirmRestore', { number: revision.number }))) return;
    try {
      await api.history.restore(articleId, revision.number);
      setFailure(null);
      setPair(null);
      reload();
      onRestored();
    } catch (error) {
      setFailure(errorText(error, t));
    }
  };

  return (
    <aside className="panel history-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('history.title')}</h2>
      {revisions.status === 'loading' && <Loading />}
      {revisions.status === 'failed' && <ErrorPanel error={revisions.error} onRetry={reload} />}
      {revisions.status === 'ready' && (
        <ol className="history-panel__list" reversed>
          {[...revisions.value].reverse().map((revision, i, newestFirst) => {
            const previous = newestFirst[i + 1];
            return (
              <li key={revision.number} className="history-panel__item">
                <div>
                  <strong>{t('history.revision', { number: revision.number })}</strong> · {name(revision.by)} ·{' '}
                  <time dateTime={revision.at}>{formatDateTime(revision.at, locale)}</time>
                  <div className="history-panel__reason">
                    {t(`history.reason.${revision.reason}`)}
                    {revision.note ? ` — ${revision.note}` : ''}
                  </div>
                </div>
                <div className="history-panel__actions">
                  {previous && (
                    <button
                      type="button"
                      className="button"
                      aria-pressed={pair?.[1] === revision.number}
                      onClick={() => setPair([previous.number, revision.number])}
                    >
                      {t('history.compareWithPrevious')}
                    </button>
                  )}
                  {i > 0 && (
                    <button type="button" className="button" onClick={() => void restore(revision)}>
                      {t('history.restore')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {failure && <p role="alert">{failure}</p>}
      {pair && <RevisionDiff articleId={articleId} from={pair[0]} to={pair[1]} />}
    </aside>
  );
}
