import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticlePage } from '../../core/api.ts';
import type { ArticleState, ArticleSummary } from '../../core/model/article.ts';
import { useApi } from '../api/ApiContext.tsx';

/** Summaries fetched per call: a few screens' worth. */
export const PAGE_SIZE = 100;

/**
 * The library's list a page at a time: the first page (with the total) comes from the caller's
 * load, the others when their rows come on screen. A library of 10,000 articles sends a hundred
 * summaries to show its first screen, not all of them.
 */
export function useArticlePages(first: ArticlePage | null, filter: ArticleState | undefined) {
  const api = useApi();
  const [pages, setPages] = useState<ReadonlyMap<number, ArticleSummary[]>>(new Map());
  const asked = useRef(new Set<number>());

  useEffect(() => {
    asked.current = new Set([0]);
    setPages(new Map(first ? [[0, first.articles]] : []));
  }, [first]);

  // A list given whole (search hits) is read as it is.
  const whole = first !== null && first.articles.length >= first.total ? first.articles : null;
  const rowAt = useCallback(
    (index: number) => (whole ? whole[index] : pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE]),
    [pages, whole],
  );

  const onShown = useCallback(
    (from: number, to: number) => {
      const requests = asked.current;
      if (whole) return;
      for (let page = Math.floor(from / PAGE_SIZE); page <= Math.floor(to / PAGE_SIZE); page++) {
        if (requests.has(page)) continue;
        requests.add(page);
        api.library.page({ state: filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
          (fetched) => asked.current === requests && setPages((shown) => new Map(shown).set(page, fetched.articles)),
          // Asked again when the rows are next on screen.
          () => requests.delete(page),
        );
      }
    },
    [api, filter, whole],
  );

  return { rowAt, onShown };
}
