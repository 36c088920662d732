import { NewsdeskError, type NewsdeskApi } from '../api.ts';
import type { AccountStore } from '../accounts/AccountStore.ts';
import type { User } from '../model/account.ts';

/** Who is signed in to this app: one person at a time, as at a desk. */
export class Session {
  private user: User | null = null;

  constructor(private readonly accounts: () => AccountStore) {}

  get current(): User | null {
    return this.user;
  }

  /** The signed-in user, or an error for services that need one. */
  requireUser(): User {
    if (!this.user) throw new NewsdeskError('hãy đăng nhập trước', 'unauthorized');
    return this.user;
  }

  service(): NewsdeskApi['session'] {
    return {
      signIn: async ({ username, password }) => (this.user = await this.accounts().authenticate(username, password)),
      signOut: async () => {
        this.user = null;
      },
      current: async () => this.user,
    };
  }
}
