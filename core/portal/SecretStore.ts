/**
 * Where portal passwords are kept: never in the data folder. The desktop app gives one backed by
 * Electron's `safeStorage` (the operating system's keychain); browser mode and the CLI keep
 * secrets in memory for the session only.
 */
export interface SecretStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export class MemorySecretStore implements SecretStore {
  private readonly secrets = new Map<string, string>();

  async get(key: string): Promise<string | null> {
    return this.secrets.get(key) ?? null;
  }

  async set(key: string, value: string): Promise<void> {
    this.secrets.set(key, value);
  }

  async delete(key: string): Promise<void> {
    this.secrets.delete(key);
  }
}

/** One password per portal and account, and per Newsdesk user when given (each person keeps their own). */
export function portalSecretKey(baseUrl: string, username: string, newsdeskUser?: string): string {
  return newsdeskUser ? `portal:${baseUrl}:${newsdeskUser}:${username}` : `portal:${baseUrl}:${username}`;
}
