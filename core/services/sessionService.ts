import { NewsdeskError, type NewsdeskApi } from '../api.ts';
import { msg } from '../i18n/coreMessages.ts';
import type { AccountStore } from '../accounts/AccountStore.ts';
import type { Role, User } from '../model/account.ts';
import { silentLog, type Log } from '../log/Log.ts';

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
    private readonly log: Log = silentLog,
  ) {}

  get current(): User | null {
    this.expireIfIdle();
    return this.user;
  }

  /** The signed-in user, or an error for services that need one. */
  requireUser(): User {
    const user = this.current;
    if (!user) throw NewsdeskError.of(msg('error.signInFirst'), 'unauthorized');
    this.lastActivity = this.clock();
    return user;
  }

  /** The signed-in user if they hold one of `roles`, else an error naming what is missing. */
  requireRole(...roles: Role[]): User {
    const user = this.requireUser();
    if (!roles.includes(user.role)) {
      const needed =
        roles.length === 1
          ? msg('error.needsRole', { role: roles[0]! })
          : msg('error.needsRoles', { roles: roles.slice(0, -1).join(', '), last: roles.at(-1)! });
      throw NewsdeskError.of(needed, 'forbidden');
    }
    return user;
  }

  service(): NewsdeskApi['session'] {
    return {
      signIn: async ({ username, password }) => {
        try {
          this.user = await this.accounts().authenticate(username, password);
        } catch (error) {
          this.logRefusal(username, error);
          throw error;
        }
        this.lastActivity = this.clock();
        this.log.info('sign-in succeeded', { username: this.user.username, role: this.user.role });
        return this.user;
      },
      signOut: async () => {
        if (this.user) this.log.info('signed out', { username: this.user.username });
        this.user = null;
      },
      current: async () => this.current,
    };
  }

  /**
   * Who was refused, and whether that locked the account. A name that is no account is not
   * written: people type their password into the name field.
   */
  private logRefusal(username: string, error: unknown): void {
    const account = this.accounts()
      .overview()
      .find((a) => a.username === username);
    const who = account ? account.username : '(not an account)';
    const locked = account?.lockedUntil !== undefined && Date.parse(account.lockedUntil) > this.clock();
    if (error instanceof NewsdeskError && error.code === 'forbidden') {
      this.log.warn('sign-in refused: account locked', { username: who, lockedUntil: account?.lockedUntil });
    } else if (locked) {
      this.log.warn('account locked after repeated wrong passwords', { username: who, lockedUntil: account.lockedUntil });
    } else {
      this.log.warn('sign-in failed', { username: who, disabled: account?.disabled ?? false });
    }
  }

  private expireIfIdle(): void {
    if (this.user && this.clock() - this.lastActivity > this.idleMinutes() * 60_000) this.user = null;
  }
}
