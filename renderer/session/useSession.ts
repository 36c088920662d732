import { useCallback, useEffect, useState } from 'react';
import type { User } from '../../core/model/account.ts';
import { useApi } from '../api/ApiContext.tsx';

export type SessionState =
  { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'signed-out' } | { status: 'signed-in'; user: User };

export interface Session {
  state: SessionState;
  /** Rejects with the server's error, for the sign-in form to show. */
  signIn(username: string, password: string): Promise<void>;
  signOut(): void;
  retry(): void;
}

export function useSession(): Session {
  const api = useApi();
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    api.session.current().then(
      (user) => current && setState(user ? { status: 'signed-in', user } : { status: 'signed-out' }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [api, attempt]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const user = await api.session.signIn({ username, password });
      setState({ status: 'signed-in', user });
    },
    [api],
  );

  const signOut = useCallback(() => {
    api.session.signOut().then(
      () => setState({ status: 'signed-out' }),
      (error: unknown) => setState({ status: 'failed', error }),
    );
  }, [api]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return { state, signIn, signOut, retry };
}
