import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { NewsdeskError } from '../api.ts';
import { UserSchema, type Role, type User } from '../model/account.ts';
import { DurableJsonFile } from '../store/DurableJsonFile.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

const AccountSchema = UserSchema.extend({ passwordHash: z.string(), disabled: z.boolean() });
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
  private constructor(private readonly db: Low<AccountsFile>) {}

  static async open(dataDir: string): Promise<AccountStore> {
    const db = new Low<AccountsFile>(new DurableJsonFile(join(dataDir, 'accounts.json')), { accounts: [] });
    const stored = await db.adapter.read();
    if (stored !== null) {
      const parsed = AccountsFileSchema.safeParse(stored);
      if (!parsed.success) throw new NewsdeskError('tệp tài khoản accounts.json bị hỏng', 'storage');
      db.data = parsed.data;
    }
    return new AccountStore(db);
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
        throw new NewsdeskError(`tài khoản "${user.username}" đã có`, 'conflict');
      }
    }
    const hashes = await Promise.all(accounts.map((account) => hashPassword(account.password)));
    this.db.data.accounts.push(...users.map((user, i) => ({ ...user, passwordHash: hashes[i]!, disabled: false })));
    await this.db.write();
    return users;
  }

  /** The user if the password is right; one message for every failure, so names cannot be probed. */
  async authenticate(username: string, password: string): Promise<User> {
    const account = this.find(username);
    const valid = account && !account.disabled && (await verifyPassword(password, account.passwordHash));
    if (!account || !valid) throw new NewsdeskError('sai tên đăng nhập hoặc mật khẩu', 'unauthorized');
    return toUser(account);
  }

  private find(username: string): Account | undefined {
    return this.db.data.accounts.find((a) => a.username === username);
  }
}

function toUser({ username, displayName, role }: Account): User {
  return { username, displayName, role };
}
