import { useEffect, useRef } from 'react';
import type { ArticleSummary } from '../../core/model/article.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { formatDateTime } from '../i18n/format.ts';
import { StateBadge } from './StateBadge.tsx';

interface Props {
  article: ArticleSummary;
  /** Position in the whole list (1 is the header), for screen readers when rows are virtualised. */
  rowIndex: number;
  measure(row: HTMLTableRowElement | null): void;
  onOpen(id: string): void;
  focused: boolean;
}

export function ArticleRow({ article, rowIndex, measure, onOpen, focused }: Props) {
  const { t, locale } = useI18n();
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focused) opener.current?.focus();
  }, [focused]);

  return (
    <tr className="article-row" data-article-id={article.id} data-index={rowIndex - 2} aria-rowindex={rowIndex} ref={measure}>
      <th scope="row" className="article-row__title">
        <button type="button" ref={opener} className="link-button" onClick={() => onOpen(article.id)}>
          {article.title.trim() === '' ? t('library.untitled') : article.title}
        </button>
        {article.category !== '' && <span className="article-row__category">{article.category}</span>}
      </th>
      <td className="article-row__state">
        <StateBadge state={article.state} />
      </td>
      <td className="article-row__byline">{article.byline}</td>
      <td className="article-row__updated">
        <time dateTime={article.updatedAt}>{formatDateTime(article.updatedAt, locale)}</time>
      </td>
    </tr>
  );
}
