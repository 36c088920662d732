import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { NewsdeskError } from '../api.ts';
import { UserSchema, type AccountOverview, type Role, type User } from '../model/account.ts';
import { DurableJsonFile } from '../store/DurableJsonFile.ts';
import { hashPassword, PASSWORD_COST, verifyPassword, type PasswordCost } from './passwords.ts';
import { msg } from '../i18n/coreMessages.ts';

const AccountSchema = UserSchema.extend({
  passwordHash: z.string(),
  disabled: z.boolean(),
  /** Wrong passwords in a row, and until when the account is locked after too many. */
  failedSignIns: z.number().int().nonnegative().optional(),
  lockedUntil: z.iso.datetime().optional(),
});

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 5;
type Account = z.infer<typeof AccountSchema>;
const AccountsFileSchema = z.object({ accounts: z.array(AccountSchema) });
type AccountsFile = z.infer<typeof AccountsFileSchema>;

export interface NewAccount {
  username: string;
  displayName: string;
  role: Role;
  password: string;
}

/** Local accounts in `accounts.json`; passwords only as scrypt hashes. */
export class AccountStore {
  private constructor(
    private readonly db: Low<AccountsFile>,
    private readonly passwordCost: PasswordCost,
  ) {}

  /** `passwordCost` sets the work of hashing new passwords (a check always uses the cost stored with the hash). */
  static async open(dataDir: string, passwordCost: PasswordCost = PASSWORD_COST): Promise<AccountStore> {
    const db = new Low<AccountsFile>(new DurableJsonFile(join(dataDir, 'accounts.json')), { accounts: [] });
    const stored = await db.adapter.read();
    if (stored !== null) {
      const parsed = AccountsFileSchema.safeParse(stored);
      if (!parsed.success) throw NewsdeskError.of(msg('error.account.fileDamaged'), 'storage');
      db.data = parsed.data;
    }
    return new AccountStore(db, passwordCost);
  }

  list(): User[] {
    return this.db.data.accounts.map(toUser);
  }

  async create(account: NewAccount): Promise<User> {
    const [user] = await this.createAll([account]);
    return user!;
  }

  /** Creates several accounts in one write, hashing their passwords side by side. */
  async createAll(accounts: NewAccount[]): Promise<User[]> {
    const users = accounts.map((account) => UserSchema.parse(account));
    for (const [i, user] of users.entries()) {
      if (this.find(user.username) || users.findIndex((u) => u.username === user.username) !== i) {
        throw NewsdeskError.of(msg('error.account.exists', { username: user.username }), 'conflict');
      }
    }
    const hashes = await Promise.all(accounts.map((account) => hashPassword(account.password, this.passwordCost)));
    this.db.data.accounts.push(...users.map((user, i) => ({ ...user, passwordHash: hashes[i]!, disabled: false })));
    await this.db.write();
    return users;
  }

  /**
   * The user if the password is right; one message for a wrong name or password, so names cannot
   * be probed. Five wrong passwords in a row lock the account for a few minutes.
   */
  async authenticate(username: string, password: string, now = new Date()): Promise<User> {
    const account = this.find(username);
    if (account?.lockedUntil && Date.parse(account.lockedUntil) > now.getTime()) {
      throw NewsdeskError.of(msg('error.account.locked', { time: account.lockedUntil.slice(11, 16) }), 'forbidden');
    }
    const valid = account && !account.disabled && (await verifyPassword(password, account.passwordHash));
    if (!account || !valid) {
      if (account && !account.disabled) await this.recordFailure(account, now);
      throw NewsdeskError.of(msg('error.account.wrongPassword'), 'unauthorized');
    }
    if (account.failedSignIns || account.lockedUntil) {
      delete account.failedSignIns;
      delete account.lockedUntil;
      await this.db.write();
    }
    return toUser(account);
  }

  async update(username: string, change: { role?: Role; disabled?: boolean; password?: string }): Promise<User> {
    const account = this.find(username);
    if (!account) throw NewsdeskError.of(msg('error.account.notFound', { username }), 'not-found');
    if (change.role) account.role = change.role;
    if (change.disabled !== undefined) account.disabled = change.disabled;
    if (change.password) {
      account.passwordHash = await hashPassword(change.password, this.passwordCost);
      delete account.failedSignIns;
      delete account.lockedUntil;
    }
    await this.db.write();
    return toUser(account);
  }

  /** Accounts as an administrator sees them: who is disabled or locked, never the hashes. */
  overview(): AccountOverview[] {
    return this.db.data.accounts.map((a) => ({
      ...toUser(a),
      disabled: a.disabled,
      ...(a.lockedUntil ? { lockedUntil: a.lockedUntil } : {}),
    }));
  }

  private async recordFailure(account: Account, now: Date): Promise<void> {
    account.failedSignIns = (account.failedSignIns ?? 0) + 1;
    if (account.failedSignIns >= MAX_FAILED_SIGN_INS) {
      account.failedSignIns = 0;
      account.lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString();
    }
    await this.db.write();
  }

  private find(username: string): Account | undefined {
    return this.db.data.accounts.find((a) => a.username === username);
  }
}

function toUser({ username, displayName, role }: Account): User {
  return { username, displayName, role };
}
