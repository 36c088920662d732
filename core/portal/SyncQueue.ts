import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isCoreMessageKey } from '../i18n/coreMessages.ts';
import type { ConflictSide, SyncItem } from '../model/sync.ts';
import type { PortalFile } from '../render/portalBodyHtml.ts';
import { writeFileDurably } from '../store/atomicWrite.ts';
import { Journal } from '../store/Journal.ts';

/** An article's place in the queue, with what is needed to finish it exactly once after a crash. */
export interface QueueEntry extends Omit<SyncItem, 'conflict'> {
  /** A POST of this node may have reached the portal: from now on a 409 is expected. */
  nodeSent?: boolean;
  /** Photos whose upload may have reached the portal without our hearing the answer. */
  uploadsInDoubt: string[];
  conflict?: { mine: ConflictSide; theirs: ConflictSide; changed: string; revision: number };
  /** "Keep mine": overwrite the portal's version that has this `changed`, and only that one. */
  overwriteChanged?: string;
}

export interface PullState {
  /** The account's user UUID on the portal. */
  me?: string;
  /** Unix seconds: the next pull asks for nodes changed at or after this. */
  since?: number;
}

export interface UploadedFile extends PortalFile {
  filename: string;
}

/** One change of the queue as the journal keeps it. */
type JournalLine = { put: QueueEntry } | { remove: string };

/** Where versions before the journal kept the queue, one file per article (data format 3). */
const QUEUE_FOLDER = 'queue';
const JOURNAL = 'queue.log';

/**
 * The sync queue in the data folder (`portal/`): the articles' entries in one journal,
 * `queue.log`, a line per change; one file per uploaded photo in `files/`, the tags created in
 * `terms.json`. Every change is on disk before the next request goes out, so a restarted app
 * carries on where it stopped; changes made by articles sent side by side share their disk writes
 * (see `Journal`).
 */
export class SyncQueue {
  private readonly entries = new Map<string, QueueEntry>();
  /** The entries as written to the journal (without the passing states `show` sets): what a compaction writes. */
  private readonly journaled = new Map<string, QueueEntry>();
  private journal!: Journal<JournalLine>;
  private readonly files = new Map<string, UploadedFile>();
  private terms: Record<string, string> = {};
  private termsWritten: Promise<void> = Promise.resolve();

  private constructor(private readonly folder: string) {}

  static async open(dataDir: string): Promise<SyncQueue> {
    const queue = new SyncQueue(join(dataDir, 'portal'));
    await queue.load();
    return queue;
  }

  private async load(): Promise<void> {
    await mkdir(join(this.folder, 'files'), { recursive: true, mode: 0o700 });
    const fromFiles = await readJsonFiles<QueueEntry>(join(this.folder, QUEUE_FOLDER)).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    });
    for (const entry of fromFiles) this.journaled.set(entry.articleId, withKnownReason(entry));
    const { journal, lines } = await Journal.open<JournalLine>(join(this.folder, JOURNAL), {
      parse: parseLine,
      state: () => [...this.journaled.values()].map((entry) => ({ put: entry })),
      stateSize: () => this.journaled.size,
    });
    this.journal = journal;
    for (const line of lines) this.apply(line);
    for (const [id, entry] of this.journaled) this.entries.set(id, entry);
    if (fromFiles.length > 0) {
      // A queue kept one file per article moves into the journal; the files go once it is written.
      await journal.compact();
      await rm(join(this.folder, QUEUE_FOLDER), { recursive: true, force: true });
    }
    for (const [name, file] of await readNamedJsonFiles<UploadedFile>(join(this.folder, 'files'))) this.files.set(name, file);
    this.terms = (await readJson<Record<string, string>>(join(this.folder, 'terms.json'))) ?? {};
  }

  /** The uploaded photos and tags belong to one portal; pointing Newsdesk elsewhere forgets them. */
  async usePortal(baseUrl: string): Promise<void> {
    const marker = join(this.folder, 'portal.json');
    const current = await readJson<{ baseUrl: string }>(marker);
    if (current?.baseUrl === baseUrl) return;
    if (current) {
      await rm(join(this.folder, 'files'), { recursive: true, force: true });
      await mkdir(join(this.folder, 'files'), { recursive: true, mode: 0o700 });
      this.files.clear();
      this.terms = {};
      await writeFileDurably(join(this.folder, 'terms.json'), '{}\n');
      await Promise.all([...this.entries.values()].map((entry) => this.put({ ...entry, nodeSent: false, uploadsInDoubt: [] })));
    }
    await writeFileDurably(marker, `${JSON.stringify({ baseUrl })}\n`);
  }

  list(): QueueEntry[] {
    return [...this.entries.values()];
  }

  get(articleId: string): QueueEntry | undefined {
    return this.entries.get(articleId);
  }

  async put(entry: QueueEntry): Promise<void> {
    await this.record({ put: entry });
    this.entries.set(entry.articleId, entry);
  }

  /** A passing state (an article being sent) for the screen only: the next `put` writes the entry. */
  show(entry: QueueEntry): void {
    this.entries.set(entry.articleId, entry);
  }

  async remove(articleId: string): Promise<void> {
    await this.record({ remove: articleId });
    this.entries.delete(articleId);
  }

  /** Resolves once the change is on disk. */
  private record(line: JournalLine): Promise<void> {
    this.apply(line);
    return this.journal.append(line);
  }

  private apply(line: JournalLine): void {
    if ('put' in line) this.journaled.set(line.put.articleId, withKnownReason(line.put));
    else this.journaled.delete(line.remove);
  }

  /** Where the last pull stopped for this portal and account: who the account is, and the newest `changed` taken in. */
  async pullState(baseUrl: string, account: string): Promise<PullState> {
    const saved = await readJson<PullState & { key: string }>(join(this.folder, 'pull.json'));
    return saved?.key === `${baseUrl} ${account}` ? { me: saved.me, since: saved.since } : {};
  }

  async putPullState(baseUrl: string, account: string, state: PullState): Promise<void> {
    await writeFileDurably(join(this.folder, 'pull.json'), `${JSON.stringify({ key: `${baseUrl} ${account}`, ...state }, null, 2)}\n`);
  }

  fileOf(asset: string): UploadedFile | undefined {
    return this.files.get(asset);
  }

  /** Which photo a portal file is, for taking the portal's version of an article. */
  assetOfFile(uuid: string): string | undefined {
    for (const [asset, file] of this.files) if (file.uuid === uuid) return asset;
    return undefined;
  }

  async putFile(asset: string, file: UploadedFile): Promise<void> {
    await writeFileDurably(join(this.folder, 'files', `${asset}.json`), `${JSON.stringify(file, null, 2)}\n`);
    this.files.set(asset, file);
  }

  termOf(name: string): string | undefined {
    return this.terms[name];
  }

  /** Articles sent side by side may each add a tag: the writes of `terms.json` go one after another, each with all tags known. */
  async putTerm(name: string, uuid: string): Promise<void> {
    this.terms = { ...this.terms, [name]: uuid };
    const written = this.termsWritten
      .catch(() => undefined)
      .then(() => writeFileDurably(join(this.folder, 'terms.json'), `${JSON.stringify(this.terms, null, 2)}\n`));
    this.termsWritten = written;
    await written;
  }
}

/**
 * An entry as read from disk: a reason written as plain words (before reasons were catalogued) is
 * shown as it is; one naming a message this version does not know is dropped rather than shown as a key.
 */
function withKnownReason(entry: QueueEntry): QueueEntry {
  const { reason } = entry;
  if (reason === undefined || typeof reason === 'string' || isCoreMessageKey(reason?.key)) return entry;
  const { reason: _unknown, ...rest } = entry;
  return rest;
}

export function toItem(entry: QueueEntry): SyncItem {
  const { articleId, title, action, status, reason, url, conflict, updatedAt } = entry;
  const item: SyncItem = { articleId, title, action, status, updatedAt };
  if (reason) item.reason = reason;
  if (url) item.url = url;
  if (conflict) item.conflict = { mine: conflict.mine, theirs: conflict.theirs, changed: conflict.changed };
  return item;
}

function parseLine(value: unknown): JournalLine | null {
  const line = value as Partial<{ put: QueueEntry; remove: string }> | null;
  if (typeof line?.put?.articleId === 'string') return { put: line.put };
  if (typeof line?.remove === 'string') return { remove: line.remove };
  return null;
}

async function readJson<T>(path: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch {
    return null;
  }
}

async function readNamedJsonFiles<T>(folder: string): Promise<Array<[string, T]>> {
  const found: Array<[string, T]> = [];
  for (const name of await readdir(folder)) {
    if (!name.endsWith('.json') || name.startsWith('.')) continue;
    const value = await readJson<T>(join(folder, name));
    if (value) found.push([name.slice(0, -'.json'.length), value]);
  }
  return found;
}

async function readJsonFiles<T>(folder: string): Promise<T[]> {
  return (await readNamedJsonFiles<T>(folder)).map(([, value]) => value);
}
