import type { ArticleSummary } from '../../core/model/article.ts';
import { useT } from '../i18n/I18nContext.tsx';
import { ArticleRow } from './ArticleRow.tsx';

interface Props {
  articles: readonly ArticleSummary[];
  labelledBy: string;
  onOpen(id: string): void;
  focusId: string | undefined;
}

export function ArticleTable({ articles, labelledBy, onOpen, focusId }: Props) {
  const t = useT();
  return (
    <table className="article-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t('library.columnTitle')}</th>
          <th scope="col">{t('library.columnState')}</th>
          <th scope="col">{t('library.columnByline')}</th>
          <th scope="col">{t('library.columnUpdated')}</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => (
          <ArticleRow key={article.id} article={article} onOpen={onOpen} focused={article.id === focusId} />
        ))}
      </tbody>
    </table>
  );
}
