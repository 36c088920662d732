import { readFile } from 'node:fs/promises';
import { writeFileDurably } from '../core/store/atomicWrite.ts';
import { MemorySecretStore, type SecretStore } from '../core/portal/SecretStore.ts';

/** The part of Electron's `safeStorage` used here (typed structurally so the store can be tested without Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * Portal passwords encrypted with the operating system's keychain (Electron `safeStorage`) in one
 * file outside the data folder. Where the OS offers no encryption, secrets stay in memory for the
 * session rather than ever being written in plain text.
 */
export class SafeStorageSecretStore implements SecretStore {
  private readonly fallback = new MemorySecretStore();

  constructor(
    private readonly safeStorage: SafeStorageLike,
    private readonly file: string,
  ) {}

  async get(key: string): Promise<string | null> {
    if (!this.safeStorage.isEncryptionAvailable()) return this.fallback.get(key);
    const sealed = (await this.read())[key];
    return sealed ? this.safeStorage.decryptString(Buffer.from(sealed, 'base64')) : null;
  }

  async set(key: string, value: string): Promise<void> {
    if (!this.safeStorage.isEncryptionAvailable()) return this.fallback.set(key, value);
    const all = await this.read();
    all[key] = this.safeStorage.encryptString(value).toString('base64');
    await writeFileDurably(this.file, JSON.stringify(all));
  }

  async delete(key: string): Promise<void> {
    if (!this.safeStorage.isEncryptionAvailable()) return this.fallback.delete(key);
    const all = await this.read();
    delete all[key];
    await writeFileDurably(this.file, JSON.stringify(all));
  }

  private async read(): Promise<Record<string, string>> {
    try {
      return JSON.parse(await readFile(this.file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  }
}
