import { NewsdeskError, type NewsdeskApi } from '../api.ts';
import type { AccountStore } from '../accounts/AccountStore.ts';
import type { Role, User } from '../model/account.ts';

/**
 * Who is signed in to this app: one person at a time, as at a desk. The session ends by itself
 * after a while without any call (the newsroom's setting), so an unattended desk does not stay open.
 */
export class Session {
  private user: User | null = null;
  private lastActivity = 0;

  constructor(
    private readonly accounts: () => AccountStore,
    private readonly idleMinutes: () => number,
    private readonly clock: () => number = Date.now,
  ) {}

  get current(): User | null {
    this.expireIfIdle();
    return this.user;
  }

  /** The signed-in user, or an error for services that need one. */
  requireUser(): User {
    const user = this.current;
    if (!user) throw new NewsdeskError('hãy đăng nhập trước', 'unauthorized');
    this.lastActivity = this.clock();
    return user;
  }

  /** The signed-in user if they hold one of `roles`, else an error naming what is missing. */
  requireRole(...roles: Role[]): User {
    const user = this.requireUser();
    if (!roles.includes(user.role)) throw new NewsdeskError(`việc này cần vai trò ${roles.join(' hoặc ')}`, 'forbidden');
    return user;
  }

  service(): NewsdeskApi['session'] {
    return {
      signIn: async ({ username, password }) => {
        this.user = await this.accounts().authenticate(username, password);
        this.lastActivity = this.clock();
        return this.user;
      },
      signOut: async () => {
        this.user = null;
      },
      current: async () => this.current,
    };
  }

  private expireIfIdle(): void {
    if (this.user && this.clock() - this.lastActivity > this.idleMinutes() * 60_000) this.user = null;
  }
}
