import { describe, expect, it } from 'vitest';
import { Session } from '../../../../core/services/sessionService.ts';
import type { AccountStore } from '../../../../core/accounts/AccountStore.ts';

describe('Session', () => {
  it('ends by itself after the newsroom’s idle time, and not before', async () => {
    let now = 0;
    const accounts = { authenticate: async () => ({ username: 'bichdiep', displayName: 'Bích Diệp', role: 'reporter' as const }) };
    const session = new Session(
      () => accounts as unknown as AccountStore,
      () => 30,
      () => now,
    );
    await session.service().signIn({ username: 'bichdiep', password: 'x' });
    now += 29 * 60_000;
    expect(session.requireUser().username).toBe('bichdiep');
    now += 29 * 60_000;
    expect(session.current?.username).toBe('bichdiep');
    now += 31 * 60_000;
    expect(session.current).toBeNull();
    expect(() => session.requireUser()).toThrow('hãy đăng nhập trước');
  });
});
