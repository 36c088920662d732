import { useId, useState } from 'react';
import type { User } from '../../core/model/account.ts';
import type { ArticleState, ArticleSummary } from '../../core/model/article.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ErrorPanel } from '../shared/ErrorPanel.tsx';
import { Loading } from '../shared/Loading.tsx';
import { useFocusWhenLost } from '../shared/useFocusWhenLost.ts';
import { useLoad } from '../shared/useLoad.ts';
import { useT } from '../i18n/I18nContext.tsx';
import { ArticleTable } from './ArticleTable.tsx';
import { PAGE_SIZE, useArticlePages } from './useArticlePages.ts';
import { ProblemsBanner } from './ProblemsBanner.tsx';
import { SearchBox } from './SearchBox.tsx';
import { LibraryActions } from './LibraryActions.tsx';
import { StateFilter } from './StateFilter.tsx';
import './library.css';

interface Props {
  user: User;
  filter: ArticleState | undefined;
  onFilterChange(state: ArticleState | undefined): void;
  onOpen(id: string): void;
  /** Opens the editor: on a new article (null) or on one just imported. */
  onWrite(id: string | null): void;
  focusId: string | undefined;
}

export function LibraryScreen({ user, filter, onFilterChange, onOpen, onWrite, focusId }: Props) {
  const api = useApi();
  const t = useT();
  const headingId = useId();
  const heading = useFocusWhenLost<HTMLHeadingElement>();
  const [query, setQuery] = useState('');
  // Search hits come whole; the list (newest first) comes a page at a time.
  const [articles, reload] = useLoad(async (): Promise<{ total: number; articles: ArticleSummary[] }> => {
    if (query) {
      const hits = await api.library.search(query);
      const shown = filter ? hits.filter((a) => a.state === filter) : hits;
      return { total: shown.length, articles: shown };
    }
    return api.library.page({ ...(filter ? { state: filter } : {}), offset: 0, limit: PAGE_SIZE });
  }, [api, filter, query]);
  const { rowAt, onShown } = useArticlePages(articles.status === 'ready' ? articles.value : null, filter);

  const [counts] = useLoad(() => api.workflow.counts(), [api, articles.status]);
  const emptyText = query ? t('library.noHits', { query }) : filter ? t('library.emptyFiltered') : t('library.empty');
  return (
    <section className="library" aria-labelledby={headingId}>
      <ProblemsBanner onRecovered={reload} />
      <div className="library__bar">
        <div>
          <h1 id={headingId} className="library__title" ref={heading} tabIndex={-1}>
            {t('library.title')}
          </h1>
          {articles.status === 'ready' && (
            <p className="library__count" role="status">
              {query ? t('library.hits', { count: articles.value.total }) : t('library.count', { count: articles.value.total })}
            </p>
          )}
        </div>
        <div className="library__controls">
          <LibraryActions user={user} onWrite={onWrite} onOpen={onOpen} />
          <SearchBox onSearch={setQuery} />
          <StateFilter value={filter} counts={counts.status === 'ready' ? counts.value : null} onChange={onFilterChange} />
        </div>
      </div>
      {articles.status === 'loading' && <Loading />}
      {articles.status === 'failed' && <ErrorPanel error={articles.error} onRetry={reload} />}
      {articles.status === 'ready' &&
        (articles.value.total === 0 ? (
          <p className="library__empty panel">{emptyText}</p>
        ) : (
          <ArticleTable
            count={articles.value.total}
            rowAt={rowAt}
            onShown={onShown}
            labelledBy={headingId}
            onOpen={onOpen}
            focusId={focusId}
          />
        ))}
    </section>
  );
}
