import { arch, platform, release } from 'node:os';
import type { NewsdeskApi } from '../api.ts';
import { APP_NAME, APP_VERSION } from '../appVersion.ts';
import { ARTICLE_STATES, type ArticleState } from '../model/article.ts';
import type { DiagnosticsReport, RuntimeInfo, ShellVersions } from '../model/diagnostics.ts';
import { readPortalSettings } from '../portal/portalSettingsFile.ts';
import type { ArticleStore } from '../store/ArticleStore.ts';
import { searchIndexBytes } from '../search/SearchIndex.ts';
import type { Backups } from '../store/Backups.ts';
import { DATA_FORMAT_VERSION } from '../store/dataFolder.ts';
import type { Session } from './sessionService.ts';

export interface DiagnosticsSources {
  dataDir: string;
  /** Read at each report: restoring a backup replaces the stores. */
  stores: { readonly articles: ArticleStore };
  backups: Backups;
  logFile: string | null;
  /** Given by the desktop shell; absent in browser mode. */
  shell?: ShellVersions | undefined;
  clock?: () => Date;
}

/** Gathers the diagnostic report from the open data folder. */
export async function collectDiagnostics(sources: DiagnosticsSources): Promise<DiagnosticsReport> {
  const { dataDir, stores, backups } = sources;
  const byState = Object.fromEntries(ARTICLE_STATES.map((state) => [state, 0])) as Record<ArticleState, number>;
  const articles = stores.articles.list();
  for (const article of articles) byState[article.state]++;
  const [newest] = await backups.list();
  // The search index is opened on first use and brought up to date; its size is that of the files written.
  const searched = await stores.articles.searchedCount();
  await stores.articles.flush();
  const searchBytes = await searchIndexBytes(dataDir);
  const portal = await readPortalSettings(dataDir).catch(() => null);
  return {
    generatedAt: (sources.clock?.() ?? new Date()).toISOString(),
    app: { name: APP_NAME, version: APP_VERSION },
    runtime: runtimeInfo(sources.shell),
    os: { platform: platform(), release: release(), arch: arch() },
    dataFolder: { path: dataDir, formatVersion: DATA_FORMAT_VERSION },
    articles: { total: articles.length, byState },
    lastBackup: newest ? { at: newest.createdAt, kind: newest.kind } : null,
    searchIndex: { articles: searched, bytes: searchBytes },
    logFile: sources.logFile,
    portal: { configured: Boolean(portal?.baseUrl) },
  };
}

function runtimeInfo(shell: ShellVersions | undefined): RuntimeInfo {
  const node = process.versions.node;
  return shell ? { mode: 'desktop', electron: shell.electron, chromium: shell.chromium, node } : { mode: 'browser', node };
}

/** The `diagnostics` service: any signed-in user may read the report (it holds nothing secret). */
export function diagnosticsService(collect: () => Promise<DiagnosticsReport>, session: Session): NewsdeskApi['diagnostics'] {
  return {
    async report() {
      session.requireUser();
      return collect();
    },
  };
}
