import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';

export type Load<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

/**
 * Runs `load` whenever `deps` change; a reply that arrives after newer deps is dropped.
 * `reload` refreshes in place: what is on screen stays until the fresh value replaces it.
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): [Load<T>, () => void] {
  const [state, setState] = useState<Load<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const refreshing = useRef(false);

  useEffect(() => {
    let current = true;
    const keepShown = refreshing.current;
    refreshing.current = false;
    setState((shown) => (keepShown && shown.status === 'ready' ? shown : { status: 'loading' }));
    load().then(
      (value) => current && setState({ status: 'ready', value }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure on every render; `deps` says when it means something new (a caller
    // may list a value only to load again when it changes), which the hooks rule cannot see.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);

  const reload = useCallback(() => {
    refreshing.current = true;
    setAttempt((n) => n + 1);
  }, []);
  return [state, reload];
}
