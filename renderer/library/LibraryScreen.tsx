import { useId } from 'react';
import type { ArticleState, ArticleSummary } from '../../core/model/article.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ErrorPanel } from '../app/ErrorPanel.tsx';
import { Loading } from '../app/Loading.tsx';
import { useLoad } from '../app/useLoad.ts';
import { useT } from '../i18n/I18nContext.tsx';
import { ArticleTable } from './ArticleTable.tsx';
import { StateFilter } from './StateFilter.tsx';
import './library.css';

interface Props {
  filter: ArticleState | undefined;
  onFilterChange(state: ArticleState | undefined): void;
  onOpen(id: string): void;
  onOpenSync(): void;
  focusId: string | undefined;
}

const newestFirst = (a: ArticleSummary, b: ArticleSummary) => b.updatedAt.localeCompare(a.updatedAt);

export function LibraryScreen({ filter, onFilterChange, onOpen, onOpenSync, focusId }: Props) {
  const api = useApi();
  const t = useT();
  const headingId = useId();
  const [articles, reload] = useLoad(
    () => api.library.list(filter ? { state: filter } : {}).then((list) => [...list].sort(newestFirst)),
    [api, filter],
  );

  return (
    <section className="library" aria-labelledby={headingId}>
      <div className="library__bar">
        <div>
          <h1 id={headingId} className="library__title">
            {t('library.title')}
          </h1>
          {articles.status === 'ready' && (
            <p className="library__count" role="status">
              {t('library.count', { count: articles.value.length })}
            </p>
          )}
        </div>
        <div className="library__tools">
          <StateFilter value={filter} onChange={onFilterChange} />
          <button type="button" className="button" onClick={onOpenSync}>
            {t('sync.open')}
          </button>
        </div>
      </div>
      {articles.status === 'loading' && <Loading />}
      {articles.status === 'failed' && <ErrorPanel error={articles.error} onRetry={reload} />}
      {articles.status === 'ready' &&
        (articles.value.length === 0 ? (
          <p className="library__empty panel">{filter ? t('library.emptyFiltered') : t('library.empty')}</p>
        ) : (
          <ArticleTable articles={articles.value} labelledBy={headingId} onOpen={onOpen} focusId={focusId} />
        ))}
    </section>
  );
}
