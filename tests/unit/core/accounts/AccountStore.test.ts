import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AccountStore } from '../../../../core/accounts/AccountStore.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

describe('AccountStore', () => {
  const tempDir = useTempDirs();

  it('keeps only an scrypt hash of the password and signs the right person in', async () => {
    const dir = await tempDir();
    const accounts = await AccountStore.open(dir);
    await accounts.create({ username: 'bichdiep', displayName: 'Bích Diệp', role: 'reporter', password: 'Hoa sen 2021' });
    const file = await readFile(join(dir, 'accounts.json'), 'utf8');
    expect(file).not.toContain('Hoa sen 2021');
    expect(file).toMatch(/"passwordHash": "scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+"/);

    const reopened = await AccountStore.open(dir);
    expect(await reopened.authenticate('bichdiep', 'Hoa sen 2021')).toEqual({
      username: 'bichdiep',
      displayName: 'Bích Diệp',
      role: 'reporter',
    });
  });

  it('gives one message for a wrong password and an unknown user', async () => {
    const accounts = await AccountStore.open(await tempDir());
    await accounts.create({ username: 'bientap', displayName: 'Biên tập', role: 'editor', password: 'đúng' });
    await expect(accounts.authenticate('bientap', 'sai')).rejects.toThrow('sai tên đăng nhập hoặc mật khẩu');
    await expect(accounts.authenticate('khongco', 'đúng')).rejects.toThrow('sai tên đăng nhập hoặc mật khẩu');
  });

  it('accepts a password typed decomposed (NFD) as the same password', async () => {
    const accounts = await AccountStore.open(await tempDir());
    await accounts.create({ username: 'truyenthong', displayName: 'Truyền thông', role: 'communications', password: 'Đường' });
    await expect(accounts.authenticate('truyenthong', 'Đường'.normalize('NFD'))).resolves.toMatchObject({ role: 'communications' });
  });

  it('refuses a second account with the same name and an invalid user name', async () => {
    const accounts = await AccountStore.open(await tempDir());
    await accounts.create({ username: 'quantri', displayName: 'Quản trị', role: 'admin', password: 'x' });
    await expect(accounts.create({ username: 'quantri', displayName: 'Khác', role: 'reporter', password: 'y' })).rejects.toThrow(
      'tài khoản "quantri" đã có',
    );
    await expect(accounts.create({ username: 'Bích Diệp', displayName: 'x', role: 'reporter', password: 'y' })).rejects.toThrow();
    expect(accounts.list()).toHaveLength(1);
  });
});
