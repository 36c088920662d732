import { msg, type CoreMessage } from './i18n/coreMessages.ts';
import { errorReason } from './errors.ts';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { NewsdeskApi } from './api.ts';
import type { Stores } from './stores.ts';
import { AccountStore } from './accounts/AccountStore.ts';
import type { PasswordCost } from './accounts/passwords.ts';
import type { StoreProblem } from './model/storeProblem.ts';
import { ArticleStore, type FileCheck } from './store/ArticleStore.ts';
import { AssetStore } from './store/AssetStore.ts';
import { Backups } from './store/Backups.ts';
import { EditLocks } from './store/EditLocks.ts';
import { RecoveryStore } from './store/RecoveryStore.ts';
import { createDataFolder, DATA_FORMAT_VERSION, inspectDataFolder, markDataFolderReady } from './store/dataFolder.ts';
import { migrateDataFolder } from './store/migrations.ts';
import { seedNewsroom } from './store/seedNewsroom.ts';
import { accountsService } from './services/accountsService.ts';
import { backupService } from './services/backupService.ts';
import { historyService } from './services/historyService.ts';
import { editorService } from './services/editorService.ts';
import { libraryService } from './services/libraryService.ts';
import { exchangeService } from './services/exchangeService.ts';
import { preferencesService } from './services/preferencesService.ts';
import { recentService } from './services/recentService.ts';
import { PreferencesStore } from './store/PreferencesStore.ts';
import { RecentArticlesStore } from './store/RecentArticlesStore.ts';
import { newsroomService } from './services/newsroomService.ts';
import { readFontFiles } from './services/fontFiles.ts';
import { Printer } from './services/printer.ts';
import { printService } from './services/printService.ts';
import { Session } from './services/sessionService.ts';
import { workflowService } from './services/workflowService.ts';
import { NewsroomSettingsStore } from './store/NewsroomSettings.ts';
import { PortalSync } from './services/syncService.ts';
import { MemorySecretStore, type SecretStore } from './portal/SecretStore.ts';
import type { Log } from './log/Log.ts';
import { openLog } from './log/openLog.ts';
import type { ShellVersions } from './model/diagnostics.ts';
import { collectDiagnostics, diagnosticsService } from './services/diagnosticsService.ts';
import { writingService } from './services/writingService.ts';
import { WritingAidsStore } from './store/WritingAidsStore.ts';
import { CategoriesStore } from './store/CategoriesStore.ts';

export interface NewsdeskOptions {
  dataDir: string;
  /** The sample newsroom a new data folder is filled with (the repository's `seeds/`). */
  seedsDir: string;
  demoPassword?: string | undefined;
  /**
   * Messages for the person who started Newsdesk (the generated demo password, damaged files), as
   * catalogued messages: the command line and the desktop shell show each in their reader's language.
   */
  notice(message: CoreMessage): void;
  /** The desktop app and browser mode keep a daily backup; one-shot commands do not. */
  dailyBackup?: boolean;
  /**
   * Check every article file against the library's index on opening (the default); a command that
   * only reads or adds the articles it names skips it, one that lists them checks only when the
   * articles folder changed (see `ArticleStore.open`).
   */
  verifyArticleFiles?: FileCheck;
  /** Where portal passwords are kept (the desktop app: the OS keychain); by default only in memory for this session. */
  secrets?: SecretStore;
  /**
   * The log of notable events; by default `<data folder>/logs/newsdesk.log`, opened (and closed by
   * `close`) here. Give one only to share it: it must not write before the folder is opened.
   */
  log?: Log;
  /** The desktop shell's Electron and Chromium versions, for the diagnostic report; absent in browser mode. */
  shell?: ShellVersions;
  /** The work of hashing a new password; the default is the one for real use (tests may choose a cheaper one). */
  passwordCost?: PasswordCost;
}

export type { Stores } from './stores.ts';

export interface Newsdesk {
  /** The service implementation the UI calls (over IPC or the browser-mode bridge). */
  api: NewsdeskApi;
  stores: Stores;
  /** The article store of the moment (shorthand for `stores.articles`). */
  readonly articles: ArticleStore;
  readonly assets: AssetStore;
  readonly accounts: AccountStore;
  backups: Backups;
  /** Typesets articles and bulletins for print (the `print` service and the CLI share it). */
  printer: Printer;
  dataDir: string;
  /** Files that could not be read when the library opened. */
  readonly problems: readonly StoreProblem[];
  /** Notable events (sign-ins, backups, sync runs, damaged files), for support; secrets are never written. */
  log: Log;
  /** Absolute path of a stored photo (`<sha256>.<ext>`), or null when the name is not a stored asset. */
  assetPath(name: string): string | null;
  /** Writes what is kept in memory (the search index, queued log lines); call before the process ends. */
  close(): Promise<void>;
}

/** Opens (or creates and seeds, or migrates) a data folder and wires the services on it. */
export async function openNewsdesk(options: NewsdeskOptions): Promise<Newsdesk> {
  const { dataDir } = options;
  // Inspected first: a folder that is not ours is refused before the log could write into it.
  const folder = await inspectDataFolder(dataDir);
  const log = options.log ?? openLog(dataDir);
  const backups = new Backups(dataDir, log);
  if (folder.state === 'new') await createDataFolder(dataDir);
  if (folder.state === 'ready' && folder.version < DATA_FORMAT_VERSION) {
    await backups.create('before-migration');
    await migrateDataFolder(dataDir, folder.version, DATA_FORMAT_VERSION);
    await markDataFolderReady(dataDir);
    log.info('data folder migrated', { from: folder.version, to: DATA_FORMAT_VERSION });
  }
  const stores = await openStores(dataDir, log, options.passwordCost, options.verifyArticleFiles);
  if (folder.state === 'new') {
    await seedNewsroom(stores, options);
    await stores.articles.flush();
    await markDataFolderReady(dataDir);
    log.info('data folder created with the sample newsroom', { dataDir });
  }
  for (const problem of stores.articles.problems) {
    options.notice(msg('notice.libraryProblem', { file: problem.file, problem: problem.message }));
    log.warn('library problem found on opening', { file: problem.file, problem: problem.message });
  }
  if (options.dailyBackup) {
    backups.ensureDaily().catch((error: unknown) => {
      options.notice(msg('notice.dailyBackupFailed', { reason: errorReason(error) }));
      log.error('daily backup failed', { error });
    });
  }

  const session = new Session(
    () => stores.accounts,
    () => stores.newsroom.current.sessionIdleMinutes,
    Date.now,
    log,
  );
  const restoreBackup = async (name: string) => {
    await stores.articles.flush();
    const restored = await backups.restore(name);
    Object.assign(stores, await openStores(dataDir, log, options.passwordCost));
    return restored;
  };
  const diagnostics = () => collectDiagnostics({ dataDir, stores, backups, logFile: log.path, shell: options.shell });
  const printer = new Printer(stores, readFontFiles);
  const api: NewsdeskApi = {
    session: session.service(),
    library: libraryService(stores, session),
    exchange: exchangeService(stores, session),
    preferences: preferencesService(await PreferencesStore.open(dataDir)),
    recent: recentService(await RecentArticlesStore.open(dataDir), stores, session),
    editor: editorService(
      stores,
      new EditLocks(join(dataDir, 'locks'), randomUUID()),
      session,
      new RecoveryStore(join(dataDir, 'recovery'), options.notice),
    ),
    history: historyService(stores, session),
    workflow: workflowService(stores, session),
    accounts: accountsService(stores, session),
    newsroom: newsroomService(stores, session),
    backup: backupService(backups, session, restoreBackup),
    print: printService(printer, session),
    sync: new PortalSync({ dataDir, stores, secrets: options.secrets ?? new MemorySecretStore(), session, log }).service(),
    diagnostics: diagnosticsService(diagnostics, session),
    writing: writingService(stores, session),
  };

  return {
    api,
    stores,
    get articles() {
      return stores.articles;
    },
    get assets() {
      return stores.assets;
    },
    get accounts() {
      return stores.accounts;
    },
    get problems() {
      return stores.articles.problems;
    },
    backups,
    printer,
    dataDir,
    log,
    assetPath: (name) => stores.assets.pathOf(name),
    close: async () => {
      await stores.articles.flush();
      // A log given by the caller is the caller's to close.
      if (options.log) await log.flush();
      else await log.close();
    },
  };
}

async function openStores(dataDir: string, log: Log, passwordCost?: PasswordCost, verifyFiles: FileCheck = true): Promise<Stores> {
  const articles = await ArticleStore.open(dataDir, log, { verifyFiles });
  return {
    articles,
    accounts: await AccountStore.open(dataDir, passwordCost),
    assets: new AssetStore(join(dataDir, 'assets')),
    newsroom: await NewsroomSettingsStore.open(dataDir),
    writingAids: await WritingAidsStore.open(dataDir),
    categories: await CategoriesStore.open(dataDir, () => [
      ...new Set(
        articles
          .list()
          .map((article) => article.category)
          .filter((name) => name.trim() !== ''),
      ),
    ]),
  };
}
