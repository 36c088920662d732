import { cp, link, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { NewsdeskError } from '../api.ts';
import { BackupInfoSchema, type BackupInfo, type BackupKind } from '../model/backup.ts';
import { writeFileDurably } from './atomicWrite.ts';
import { silentLog, type Log } from '../log/Log.ts';
import { msg } from '../i18n/coreMessages.ts';

const KEEP_PER_KIND = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * What a backup leaves out, and a restore leaves in place: the backups themselves, work in progress
 * (edit locks, unsaved editor copies) and the log (it tells what happened, restores included).
 */
const NOT_BACKED_UP = new Set(['backups', 'locks', 'recovery', 'logs']);
const INFO_FILE = 'backup.json';

/**
 * Copies of the data folder under `backups/`, newest first, seven kept of each kind. Photos are
 * hard-linked rather than copied (they never change once stored). A backup is assembled under a
 * temporary name and renamed into place when complete, so a cut-off backup is never offered.
 */
export class Backups {
  private readonly folder: string;

  constructor(
    private readonly dataDir: string,
    private readonly log: Log = silentLog,
  ) {
    this.folder = join(dataDir, 'backups');
  }

  async list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return [];
    }
    const infos: BackupInfo[] = [];
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const parsed = BackupInfoSchema.safeParse(await readJson(join(this.folder, name, INFO_FILE)));
      if (parsed.success) infos.push(parsed.data);
    }
    return infos.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async create(kind: BackupKind, now = new Date()): Promise<BackupInfo> {
    const name = `${now.toISOString().replace(/[:.]/g, '-')}-${kind}`;
    await this.removeCutOffBackups();
    const partial = join(this.folder, `.partial-${name}`);
    await mkdir(partial, { recursive: true });
    await copyTree(this.dataDir, partial, (entry) => !NOT_BACKED_UP.has(entry));
    const info: BackupInfo = { name, kind, createdAt: now.toISOString(), articleCount: await countArticles(partial) };
    await writeFileDurably(join(partial, INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
    await rename(partial, join(this.folder, name));
    await this.prune(kind);
    this.log.info('backup made', { name, kind, articles: info.articleCount });
    return info;
  }

  /** Makes the day's backup unless one was made in the last 24 hours. */
  async ensureDaily(now = new Date()): Promise<BackupInfo | null> {
    const last = (await this.list()).find((b) => b.kind === 'daily');
    if (last && now.getTime() - Date.parse(last.createdAt) < DAY_MS) return null;
    return this.create('daily', now);
  }

  /**
   * Puts a backup's content in place of the current one, after backing up the current state.
   * The caller must reopen its stores afterwards.
   */
  async restore(name: string): Promise<BackupInfo> {
    const info = (await this.list()).find((b) => b.name === name);
    if (!info) throw NewsdeskError.of(msg('error.store.noBackup', { name }), 'not-found');
    await this.create('before-restore');
    const source = join(this.folder, name);
    const staging = join(this.dataDir, '.restore-staging');
    const retired = join(this.dataDir, '.restore-retired');
    await rm(staging, { recursive: true, force: true });
    await rm(retired, { recursive: true, force: true });
    await mkdir(staging);
    await copyTree(source, staging, (entry) => entry !== INFO_FILE);
    await mkdir(retired);
    for (const entry of await readdir(this.dataDir)) {
      if (NOT_BACKED_UP.has(entry) || entry.startsWith('.restore-')) continue;
      await rename(join(this.dataDir, entry), join(retired, entry));
    }
    for (const entry of await readdir(staging)) await rename(join(staging, entry), join(this.dataDir, entry));
    await rm(staging, { recursive: true, force: true });
    await rm(retired, { recursive: true, force: true });
    this.log.info('backup restored', { name, kind: info.kind, articles: info.articleCount });
    return info;
  }

  /** What a backup cut off by a closing app left behind; it was never offered. */
  private async removeCutOffBackups(): Promise<void> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.startsWith('.partial-'))) await rm(join(this.folder, name), { recursive: true, force: true });
  }

  private async prune(kind: BackupKind): Promise<void> {
    const ofKind = (await this.list()).filter((b) => b.kind === kind);
    for (const old of ofKind.slice(KEEP_PER_KIND)) await rm(join(this.folder, old.name), { recursive: true, force: true });
  }
}

async function copyTree(from: string, to: string, include: (entry: string) => boolean): Promise<void> {
  for (const entry of await readdir(from)) {
    if (!include(entry) || entry.startsWith('.')) continue;
    const source = join(from, entry);
    const target = join(to, entry);
    if (entry === 'assets') await linkFolder(source, target);
    else await cp(source, target, { recursive: true, preserveTimestamps: true });
  }
}

async function linkFolder(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const name of await readdir(from)) {
    await link(join(from, name), join(to, name)).catch(() => cp(join(from, name), join(to, name)));
  }
}

async function countArticles(folder: string): Promise<number> {
  try {
    return (await readdir(join(folder, 'articles'))).filter((n) => n.endsWith('.json')).length;
  } catch {
    return 0;
  }
}

async function readJson(path: string): Promise<unknown> {
  try {
    if (!(await stat(path)).isFile()) return null;
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
}
