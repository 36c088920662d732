import { useCallback, useEffect, useState } from 'react';
import type { SyncOverview } from '../../core/model/sync.ts';
import { useApi } from '../api/ApiContext.tsx';

const POLL_MS = 700;

/** The queue as the core sees it, polled while a batch is running. */
export function useSyncStatus(): { overview: SyncOverview | null; error: unknown; update(next: SyncOverview): void } {
  const api = useApi();
  const [overview, setOverview] = useState<SyncOverview | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    api.sync.status().then(
      (next) => live && setOverview(next),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api]);

  useEffect(() => {
    if (!overview?.running) return;
    const timer = setTimeout(() => {
      api.sync.status().then(setOverview, setError);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [api, overview]);

  const update = useCallback((next: SyncOverview) => {
    setError(null);
    setOverview(next);
  }, []);
  return { overview, error, update };
}
