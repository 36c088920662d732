import { join } from 'node:path';
import type { NewsdeskApi } from './api.ts';
import { AccountStore } from './accounts/AccountStore.ts';
import { ArticleStore, type StoreProblem } from './store/ArticleStore.ts';
import { AssetStore } from './store/AssetStore.ts';
import { createDataFolder, inspectDataFolder, markDataFolderReady } from './store/dataFolder.ts';
import { seedNewsroom } from './store/seedNewsroom.ts';
import { libraryService } from './services/libraryService.ts';
import { Session } from './services/sessionService.ts';
import { PortalSync } from './services/syncService.ts';
import { MemorySecretStore, type SecretStore } from './portal/SecretStore.ts';

export interface NewsdeskOptions {
  dataDir: string;
  /** The sample newsroom a new data folder is filled with (the repository's `seeds/`). */
  seedsDir: string;
  demoPassword?: string | undefined;
  /** Messages for the person who started Newsdesk (the generated demo password, damaged files). */
  notice(message: string): void;
  /** Where portal passwords are kept (the desktop app: the OS keychain); by default only in memory for this session. */
  secrets?: SecretStore;
}

export interface Newsdesk {
  /** The service implementation the UI calls (over IPC or the browser-mode bridge). */
  api: NewsdeskApi;
  articles: ArticleStore;
  assets: AssetStore;
  dataDir: string;
  /** Files that could not be read when the library opened. */
  problems: readonly StoreProblem[];
  /** Absolute path of a stored photo (`<sha256>.<ext>`), or null when the name is not a stored asset. */
  assetPath(name: string): string | null;
}

/** Opens (or creates and seeds) a data folder and wires the services on it. */
export async function openNewsdesk(options: NewsdeskOptions): Promise<Newsdesk> {
  const { dataDir } = options;
  const isNew = (await inspectDataFolder(dataDir)) === 'new';
  if (isNew) await createDataFolder(dataDir);
  const articles = await ArticleStore.open(dataDir);
  const assets = new AssetStore(join(dataDir, 'assets'));
  const accounts = await AccountStore.open(dataDir);
  if (isNew) {
    await seedNewsroom({ articles, assets, accounts }, options);
    await markDataFolderReady(dataDir);
  }
  for (const problem of articles.problems) options.notice(`${problem.file}: ${problem.message}`);

  const session = new Session(accounts);
  const api: NewsdeskApi = {
    session: session.service(),
    library: libraryService(articles, session),
    sync: new PortalSync({ dataDir, articles, assets, secrets: options.secrets ?? new MemorySecretStore(), session }).service(),
  };

  return { api, articles, assets, dataDir, problems: articles.problems, assetPath: (name) => assets.pathOf(name) };
}
