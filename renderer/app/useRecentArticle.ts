import { useEffect } from 'react';
import { useApi } from '../api/ApiContext.tsx';

/**
 * Tells the core that the user opened this article, for the desktop's recent-articles menus.
 * A failure is not the user's concern: the article is open all the same.
 */
export function useRecentArticle(id: string | null): void {
  const api = useApi();
  useEffect(() => {
    if (id !== null) api.recent.opened(id).catch(() => undefined);
  }, [api, id]);
}
