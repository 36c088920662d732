import { useId } from 'react';
import type { ArticleSummary } from '../../core/model/article.ts';
import { ErrorPanel } from '../shared/ErrorPanel.tsx';
import { Loading } from '../shared/Loading.tsx';
import { useFocusWhenLost } from '../shared/useFocusWhenLost.ts';
import { useLoad } from '../shared/useLoad.ts';
import { useT } from '../i18n/I18nContext.tsx';
import type { MessageKey } from '../i18n/vi.ts';
import { ArticleTable } from '../library/ArticleTable.tsx';
import '../library/library.css';

interface Props {
  title: MessageKey;
  intro: MessageKey;
  empty: MessageKey;
  load(): Promise<ArticleSummary[]>;
  onOpen(id: string): void;
}

/** A list of articles picked for one person's work: "Bài của tôi", "Chờ duyệt". */
export function ArticleListScreen({ title, intro, empty, load, onOpen }: Props) {
  const t = useT();
  const headingId = useId();
  const heading = useFocusWhenLost<HTMLHeadingElement>();
  const [articles, reload] = useLoad(load, [load]);
  return (
    <section className="library" aria-labelledby={headingId}>
      <div className="library__bar">
        <div>
          <h1 id={headingId} className="library__title" ref={heading} tabIndex={-1}>
            {t(title)}
          </h1>
          <p className="library__count">{t(intro)}</p>
        </div>
      </div>
      {articles.status === 'loading' && <Loading />}
      {articles.status === 'failed' && <ErrorPanel error={articles.error} onRetry={reload} />}
      {articles.status === 'ready' &&
        (articles.value.length === 0 ? (
          <p className="library__empty panel">{t(empty)}</p>
        ) : (
          <ArticleTable
            count={articles.value.length}
            rowAt={(index) => articles.value[index]}
            labelledBy={headingId}
            onOpen={onOpen}
            focusId={undefined}
          />
        ))}
    </section>
  );
}
