import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '../../core/model/article.ts';
import { useT } from '../i18n/I18nContext.tsx';
import { ArticleRow } from './ArticleRow.tsx';

interface Props {
  /** How many rows the list has; those not yet fetched are drawn empty until `rowAt` has them. */
  count: number;
  rowAt(index: number): ArticleSummary | undefined;
  /** Told the rows on screen (first and last index), to fetch those it lacks. */
  onShown?(first: number, last: number): void;
  labelledBy: string;
  onOpen(id: string): void;
  focusId: string | undefined;
}

const ESTIMATED_ROW_PX = 72;

/**
 * The article list as a table whose rows exist only around what is on screen, so a library of
 * 10,000 articles scrolls like one of ten. Empty spacer rows stand in for the rest, and the rows
 * themselves are fetched from the core a page at a time as they come on screen.
 */
export function ArticleTable({ count, rowAt, onShown, labelledBy, onOpen, focusId }: Props) {
  const t = useT();
  const body = useRef<HTMLTableSectionElement>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => setOffset(body.current?.offsetTop ?? 0), []);

  const rows = useWindowVirtualizer({
    count,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 8,
    scrollMargin: offset,
    getItemKey: (index) => rowAt(index)?.id ?? `row-${index}`,
  });

  useEffect(() => {
    if (!focusId) return;
    for (let index = 0; index < count; index++) {
      const article = rowAt(index);
      if (article?.id !== focusId) continue;
      rows.scrollToIndex(index, { align: 'center' });
      return;
    }
  }, [focusId, count, rowAt, rows]);

  const items = rows.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (last >= 0) onShown?.(first, last);
    // Also when the rows change: a list loaded again starts from its first page.
  }, [first, last, onShown, rowAt]);
  const before = items.length > 0 ? items[0]!.start - offset : 0;
  const after = items.length > 0 ? rows.getTotalSize() - (items.at(-1)!.end - offset) : 0;

  return (
    <table className="article-table" aria-labelledby={labelledBy} aria-rowcount={count + 1}>
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
        {items.map((item) => {
          const article = rowAt(item.index);
          return article ? (
            <ArticleRow
              key={item.key}
              article={article}
              rowIndex={item.index + 2}
              measure={rows.measureElement}
              onOpen={onOpen}
              focused={article.id === focusId}
            />
          ) : (
            <tr
              key={item.key}
              className="article-table__pending"
              data-index={item.index}
              aria-rowindex={item.index + 2}
              ref={rows.measureElement}
            >
              <td colSpan={4} />
            </tr>
          );
        })}
        {after > 0 && <tr aria-hidden="true" className="article-table__spacer" style={{ height: after }} />}
      </tbody>
    </table>
  );
}
