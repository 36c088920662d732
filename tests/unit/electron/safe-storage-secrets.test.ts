import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SafeStorageSecretStore, type SafeStorageLike } from '../../../electron/safe-storage-secrets.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

// Electron's safeStorage cannot run here: this stand-in "encrypts" by XOR, enough to prove that
// what reaches the disk is only what safeStorage returned.
function fakeSafeStorage(available = true): SafeStorageLike {
  const xor = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ 0x5a));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => xor(Buffer.from(text, 'utf8')),
    decryptString: (sealed) => xor(sealed).toString('utf8'),
  };
}

describe('SafeStorageSecretStore', () => {
  const tempDir = useTempDirs();

  it('keeps portal passwords sealed by safeStorage on disk and gives them back', async () => {
    const file = join(await tempDir(), 'portal-secrets.json');
    const store = new SafeStorageSecretStore(fakeSafeStorage(), file);
    await store.set('portal:https://cong.tinh.gov.vn:admin', 'mật-khẩu-cổng');
    expect(await new SafeStorageSecretStore(fakeSafeStorage(), file).get('portal:https://cong.tinh.gov.vn:admin')).toBe('mật-khẩu-cổng');
    const onDisk = await readFile(file);
    expect(onDisk.includes(Buffer.from('mật-khẩu-cổng'))).toBe(false);
    await store.delete('portal:https://cong.tinh.gov.vn:admin');
    expect(await store.get('portal:https://cong.tinh.gov.vn:admin')).toBeNull();
  });

  it('writes nothing when the system offers no encryption, keeping the secret for the session only', async () => {
    const file = join(await tempDir(), 'portal-secrets.json');
    const store = new SafeStorageSecretStore(fakeSafeStorage(false), file);
    await store.set('k', 'mật-khẩu');
    expect(await store.get('k')).toBe('mật-khẩu');
    await expect(readFile(file)).rejects.toThrow(/ENOENT/);
  });
});
