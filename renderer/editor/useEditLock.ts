import { useEffect } from 'react';
import { LOCK_HEARTBEAT_MS } from '../../core/model/editLock.ts';
import { useApi } from '../api/ApiContext.tsx';

/** Keeps the article's edit lock alive while its editor is open, and gives it back when it closes. */
export function useEditLock(articleId: string | null, holding: boolean): void {
  const api = useApi();
  useEffect(() => {
    if (!articleId || !holding) return;
    const heartbeat = setInterval(() => void api.editor.lock(articleId).catch(() => undefined), LOCK_HEARTBEAT_MS);
    return () => {
      clearInterval(heartbeat);
      void api.editor.unlock(articleId).catch(() => undefined);
    };
  }, [api, articleId, holding]);
}
