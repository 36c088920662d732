import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '../../core/model/article.ts';
import { useT } from '../i18n/I18nContext.tsx';
import { ArticleRow } from './ArticleRow.tsx';

interface Props {
  articles: readonly ArticleSummary[];
  labelledBy: string;
  onOpen(id: string): void;
  focusId: string | undefined;
}

const ESTIMATED_ROW_PX = 72;

/**
 * The article list as a table whose rows exist only around what is on screen, so a library of
 * 10,000 articles scrolls like one of ten. Empty spacer rows stand in for the rest.
 */
export function ArticleTable({ articles, labelledBy, onOpen, focusId }: Props) {
  const t = useT();
  const body = useRef<HTMLTableSectionElement>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => setOffset(body.current?.offsetTop ?? 0), []);

  const rows = useWindowVirtualizer({
    count: articles.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 8,
    scrollMargin: offset,
    getItemKey: (index) => articles[index]!.id,
  });

  useEffect(() => {
    const index = focusId ? articles.findIndex((a) => a.id === focusId) : -1;
    if (index >= 0) rows.scrollToIndex(index, { align: 'center' });
  }, [focusId, articles, rows]);

  const items = rows.getVirtualItems();
  const before = items.length > 0 ? items[0]!.start - offset : 0;
  const after = items.length > 0 ? rows.getTotalSize() - (items.at(-1)!.end - offset) : 0;

  return (
    <table className="article-table" aria-labelledby={labelledBy} aria-rowcount={articles.length + 1}>
      <thead>
        <tr>
          <th scope="col">{t('library.columnTitle')}</th>
          <th scope="col">{t('library.columnState')}</th>
          <th scope="col">{t('library.columnByline')}</th>
          <th scope="col">{t('library.columnUpdated')}</th>
        </tr>
      </thead>
      <tbody ref={body}>
        {before > 0 && <tr aria-hidden="true" className="article-table__spacer" style={{ height: before }} />}
        {items.map((item) => (
          <ArticleRow
            key={item.key}
            article={articles[item.index]!}
            rowIndex={item.index + 2}
            measure={rows.measureElement}
            onOpen={onOpen}
            focused={articles[item.index]!.id === focusId}
          />
        ))}
        {after > 0 && <tr aria-hidden="true" className="article-table__spacer" style={{ height: after }} />}
      </tbody>
    </table>
  );
}
