import type { ArticleState } from './article.ts';
import type { BackupKind } from './backup.ts';

/**
 * What support needs to know about this installation, from the About screen's "copy diagnostic
 * report": versions, where the data lives and how much of it there is. Never a password, a portal
 * address (it may carry credentials) or a word of an article.
 */
export interface DiagnosticsReport {
  generatedAt: string;
  app: { name: string; version: string };
  runtime: RuntimeInfo;
  os: { platform: string; release: string; arch: string };
  dataFolder: { path: string; formatVersion: number };
  articles: { total: number; byState: Record<ArticleState, number> };
  /** The newest backup of the data folder, null when there is none yet. */
  lastBackup: { at: string; kind: BackupKind } | null;
  /** Articles in the full-text index, and the size of its cache file (null before it was first written). */
  searchIndex: { articles: number; bytes: number | null };
  /** The log file (`<data folder>/logs/newsdesk.log`); null when nothing is logged. */
  logFile: string | null;
  portal: { configured: boolean };
}

/** The desktop app runs in Electron; `newsdesk serve` serves the same screens to a browser. */
export type RuntimeInfo = { mode: 'desktop'; electron: string; chromium: string; node: string } | { mode: 'browser'; node: string };

/** Versions the desktop shell knows and the core cannot (the core never imports Electron). */
export interface ShellVersions {
  electron: string;
  chromium: string;
}
