import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ArticleSummarySchema } from '../model/article.ts';
import { AppendOnlyFile } from './AppendOnlyFile.ts';
import { writeFileDurably } from './atomicWrite.ts';
import { listFile, listRow, listText, mergeNewestFirst, newestFirst, readListFile, readRows, type ListRow } from './listFile.ts';

/** Size and modification time of an article file when the index last saw it. */
const FileStampSchema = z.object({ size: z.number(), mtimeMs: z.number() });
export type FileStamp = z.infer<typeof FileStampSchema>;

export const IndexEntrySchema = ArticleSummarySchema.extend({ file: FileStampSchema });
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

const SnapshotSchema = z.object({ articles: z.record(z.string(), IndexEntrySchema) });
type Snapshot = z.infer<typeof SnapshotSchema>;

/** The articles folder's own times when every file in it was last known to match the index. */
const FolderStampSchema = z.object({ mtimeMs: z.number(), ctimeMs: z.number() });
export type FolderStamp = z.infer<typeof FolderStampSchema>;

// A `folder` line is skipped by versions that do not know it (they check every file instead).
const LogLineSchema = z.union([
  z.object({ put: IndexEntrySchema }),
  z.object({ remove: z.string() }),
  z.object({ folder: FolderStampSchema }),
]);

/** Appended changes are folded into the snapshot once there are this many. */
const COMPACT_AFTER = 500;

/**
 * The snapshot as written: its summaries (compact JSON) after their SHA-256, so that opening a
 * library of thousands checks one hash instead of validating every summary. A snapshot without
 * the hash (written by an earlier version) or whose hash does not match is validated in full.
 */
const SEALED_PREFIX = '{"format":"newsdesk-index","sha256":"';
const SEALED_MIDDLE = '","articles":';

/**
 * The library's index: a snapshot (`index.json`) plus an append-only log (`index.log`) of the
 * changes since. A save appends one fsync'd line instead of rewriting every summary, so its cost
 * does not grow with the library; the snapshot is rewritten once every few hundred saves.
 * A torn last line (power cut mid-append) is ignored: the article file itself is checked at start.
 */
export class ArticleIndex {
  private logLines = 0;
  private log: AppendOnlyFile;
  /** The log as read at opening (only its folder lines are looked at again once the summaries are parsed). */
  private parsedLog = '';
  private parsed: Snapshot = { articles: {} };
  /**
   * A sealed snapshot whose hash matched, not parsed yet, and the log lines to replay after it: a
   * process that only adds or reads the articles it names (`newsdesk show`, `import`) never parses
   * the summaries of all the others.
   */
  private unparsed: { articles: Buffer; log: string } | null = null;
  /** Where each summary lies in the unparsed snapshot, found on the first look-up of one. */
  private offsets: Map<string, [number, number]> | null = null;
  /** The unparsed log's last line for each article it names, read on the first look-up. */
  private logged: Map<string, { put: IndexEntry } | { remove: string }> | null = null;
  /** The hash of the snapshot the summaries come from (null for a snapshot an earlier version wrote unsealed). */
  private sealedHash: string | null = null;
  /** The log's whole lines as read at opening: the list file says how many of its bytes its rows include. */
  private logAtOpen: Buffer = Buffer.alloc(0);
  /** An article was saved by this process while the summaries were not parsed. */
  private savedSinceOpen = false;
  /** A compaction is waiting or under way: a full log asks for no other. */
  private compactionAsked = false;

  private constructor(
    private readonly snapshotPath: string,
    private readonly logPath: string,
    private readonly listPath: string,
  ) {
    this.log = new AppendOnlyFile(logPath);
  }

  /** Null when the index is missing or damaged and must be rebuilt from the article files. */
  static async open(dataDir: string): Promise<ArticleIndex | null> {
    const index = ArticleIndex.empty(dataDir);
    // Each file read in one call: an awaited read goes round the thread pool 512 KiB at a time.
    const bytes = readIfThere(index.snapshotPath);
    if (!bytes) return null;
    const logBytes = readIfThere(index.logPath) ?? Buffer.alloc(0);
    index.logAtOpen = logBytes.subarray(0, logBytes.lastIndexOf(0x0a) + 1);
    let log = logBytes.toString('utf8');
    // A torn last line (a power cut mid-append): the next line appended starts on a line of its own.
    if (log && !log.endsWith('\n')) {
      log += '\n';
      index.log = new AppendOnlyFile(index.logPath, true);
    }
    const sealed = sealedArticles(bytes);
    if (sealed) {
      index.unparsed = { articles: sealed, log };
      index.sealedHash = bytes.toString('latin1', SEALED_PREFIX.length, SEALED_PREFIX.length + 64);
      index.logLines = log.split('\n').filter(Boolean).length;
      return index;
    }
    const data = readSnapshot(bytes.toString('utf8'));
    if (!data) return null;
    index.parsed = data;
    index.parsedLog = log;
    index.replayLog(log);
    return index;
  }

  static empty(dataDir: string): ArticleIndex {
    return new ArticleIndex(join(dataDir, 'index.json'), join(dataDir, 'index.log'), join(dataDir, 'index.list'));
  }

  entries(): IndexEntry[] {
    return Object.values(this.data.articles);
  }

  /** What `list` prints of every article, newest first (see `listBytes`). */
  async rows(): Promise<ListRow[]> {
    return readRows(await this.listBytes());
  }

  /**
   * The rows of every article as the list file holds them (see listFile.ts), newest first. Before
   * the summaries are parsed, read from `index.list`: as it is when it includes every change the log
   * holds, else with the log's changes merged in; a list file missing, damaged or written for
   * another snapshot is made from the snapshot. Written again when it was not taken as it is (also
   * from the summaries once they are parsed), so that the next listing takes it as it is.
   */
  async listBytes(): Promise<Buffer> {
    if (this.sealedHash === null) return Buffer.from(listText(this.entries().map(listRow)));
    let listed: ListRow[];
    if (this.unparsed) {
      const file = readIfThere(this.listPath);
      const list = file && readListFile(file, this.sealedHash, this.logAtOpen);
      if (list && !this.savedSinceOpen && !changesIn(this.logAtOpen.subarray(list.logBytes))) return list.rows;
      listed = this.withLoggedChanges(
        list
          ? readRows(list.rows)
          : Object.values(JSON.parse(this.unparsed.articles.toString('utf8')) as Snapshot['articles'])
              .map(listRow)
              .sort(newestFirst),
      );
    } else listed = this.entries().map(listRow);
    // The rows include the log as read at opening, and any change made since is in the log after it.
    const rows = Buffer.from(listText(listed));
    await writeFileDurably(this.listPath, listFile(this.sealedHash, this.logAtOpen, rows));
    return rows;
  }

  /** Rows newest first with each article's last line in the log merged in (a line they include already changes nothing). */
  private withLoggedChanges(rows: ListRow[]): ListRow[] {
    this.loggedLine('');
    const saved: ListRow[] = [];
    for (const line of this.logged!.values()) if ('put' in line) saved.push(listRow(line.put));
    return mergeNewestFirst(
      rows.filter((row) => !this.logged!.has(row.id)),
      saved.sort(newestFirst),
    );
  }

  /** One summary; before the summaries are parsed, read from the log or that one summary's place in the snapshot. */
  get(id: string): IndexEntry | undefined {
    if (!this.unparsed) return this.parsed.articles[id];
    const logged = this.loggedLine(id);
    if (logged) return 'put' in logged ? logged.put : undefined;
    this.offsets ??= summaryOffsets(this.unparsed.articles);
    // Not laid out as this version writes it: every summary parsed instead.
    if (!this.offsets) return this.data.articles[id];
    const at = this.offsets.get(id);
    return at && (JSON.parse(this.unparsed.articles.toString('utf8', at[0], at[1])) as IndexEntry);
  }

  /**
   * Several summaries at once (as `get`); before the summaries are parsed, those the log does not
   * hold are read from the snapshot where `placeOf` says (see `summaryPlaces`), the others found in
   * one pass over it, and parsed together (a search's hundreds of hits).
   */
  getMany(ids: readonly string[], placeOf?: (id: string) => readonly [number, number] | undefined): (IndexEntry | undefined)[] {
    if (!this.unparsed) return ids.map((id) => this.parsed.articles[id]);
    const snapshot = this.unparsed.articles;
    const inSnapshot = ids.filter((id) => !this.loggedLine(id));
    const places = new Map(inSnapshot.map((id) => [id, placeOf?.(id) ?? this.offsets?.get(id)]));
    const unplaced = inSnapshot.filter((id) => !places.get(id));
    if (unplaced.length > 0 && !this.offsets) {
      const found = summaryOffsets(snapshot, new Set(unplaced));
      // Not laid out as this version writes it: every summary parsed instead.
      if (!found) return ids.map((id) => this.data.articles[id]);
      for (const [id, place] of found) places.set(id, place);
    }
    const read = readSummaries(snapshot, places);
    // A place that does not hold the article's summary (not expected): every summary parsed instead.
    if (!read) return ids.map((id) => this.data.articles[id]);
    return ids.map((id) => {
      const logged = this.loggedLine(id);
      return logged ? ('put' in logged ? logged.put : undefined) : read.get(id);
    });
  }

  /**
   * Where each summary lies in the snapshot on disk (start and end byte of its part after the
   * header), for the search index to keep beside the articles it indexed; null when not known (a
   * snapshot not sealed, not laid out so, or written since by another process).
   */
  summaryPlaces(): ReadonlyMap<string, [number, number]> | null {
    if (this.sealedHash === null) return null;
    if (this.unparsed) return (this.offsets ??= summaryOffsets(this.unparsed.articles));
    const bytes = readIfThere(this.snapshotPath);
    const articles = bytes && sealedArticles(bytes);
    if (!articles || bytes.toString('latin1', SEALED_PREFIX.length, SEALED_PREFIX.length + 64) !== this.sealedHash) return null;
    return summaryOffsets(articles);
  }

  /** The hash of the snapshot as last read or written: names the state of the library the log's changes start from. */
  snapshotHash(): string | null {
    return this.sealedHash;
  }

  /**
   * The articles the log names (saved or removed since the snapshot), while the summaries are not
   * parsed; null once they are (the log then no longer says everything that changed).
   */
  loggedIds(): Set<string> | null {
    if (!this.unparsed) return null;
    this.loggedLine('');
    return new Set(this.logged!.keys());
  }

  /** Whether the article is in the index; answered without parsing the summaries when they are not yet. */
  has(id: string): boolean {
    if (!this.unparsed) return id in this.parsed.articles;
    const logged = this.loggedLine(id);
    if (logged) return 'put' in logged;
    // The summary as the snapshot writes it (its key, then its own id field); if not seen so, parsed to be sure.
    return this.unparsed.articles.includes(`${JSON.stringify(id)}:{"id":${JSON.stringify(id)}`) || id in this.data.articles;
  }

  /** The last line of the unparsed log that saves or removes the article. */
  private loggedLine(id: string): { put: IndexEntry } | { remove: string } | null {
    if (!this.logged) {
      this.logged = new Map();
      for (const raw of this.unparsed!.log.split('\n')) {
        const line = LogLineSchema.safeParse(parseOrNull(raw));
        if (line.success && !('folder' in line.data)) this.logged.set('put' in line.data ? line.data.put.id : line.data.remove, line.data);
      }
    }
    return this.logged.get(id) ?? null;
  }

  /**
   * The articles folder's times recorded when the index last matched every file in it, or null.
   * Read from the log (compaction starts it afresh), without parsing the summaries.
   */
  folderStamp(): FolderStamp | null {
    const log = this.unparsed?.log ?? this.parsedLog;
    const at = log.lastIndexOf('{"folder":');
    if (at < 0) return null;
    const line = LogLineSchema.safeParse(parseOrNull(log.slice(at, log.indexOf('\n', at) >>> 0)));
    return line.success && 'folder' in line.data ? line.data.folder : null;
  }

  /**
   * Records that the index matched every article file while the folder had these times. Not synced:
   * a line lost to a power cut only means the next opening looks at every file again.
   */
  async recordFolder(stamp: FolderStamp): Promise<void> {
    const text = `${JSON.stringify({ folder: stamp })}\n`;
    if (this.unparsed) this.unparsed.log += text;
    else this.parsedLog += text;
    await this.log.appendUnsynced(text);
  }

  async put(entry: IndexEntry): Promise<void> {
    // Not parsed yet: the change waits with the log lines, replayed in order when it is.
    if (this.unparsed) {
      this.unparsed.log += `${JSON.stringify({ put: entry })}\n`;
      this.logged?.set(entry.id, { put: entry });
      this.savedSinceOpen = true;
    } else this.data.articles[entry.id] = entry;
    await this.append({ put: entry });
  }

  async remove(id: string): Promise<void> {
    if (!(id in this.data.articles)) return;
    delete this.data.articles[id];
    await this.append({ remove: id });
  }

  /** Replaces the whole index at once (after a rebuild). */
  async replaceAll(entries: IndexEntry[]): Promise<void> {
    this.data = { articles: Object.fromEntries(entries.map((e) => [e.id, e])) };
    await this.compact();
  }

  /**
   * Writes the summaries afresh and empties the log, once every change asked for before has reached
   * the log. It takes the summaries as they are when its turn comes: a change made while it waits is
   * either in what it writes or appended after it has emptied the log, never appended to a log it
   * then empties.
   */
  compact(): Promise<void> {
    return this.log.inTurn(() => this.writeAfresh());
  }

  private async writeAfresh(): Promise<void> {
    try {
      const articles = JSON.stringify(this.data.articles);
      const hash = sha256(articles);
      await writeFileDurably(this.snapshotPath, `${SEALED_PREFIX}${hash}${SEALED_MIDDLE}${articles}}\n`);
      this.sealedHash = hash;
      const rows = Buffer.from(listText(Object.values(this.data.articles).map(listRow)));
      await writeFileDurably(this.listPath, listFile(hash, Buffer.alloc(0), rows));
      await writeFileDurably(this.logPath, '');
      this.logAtOpen = Buffer.alloc(0);
      this.parsedLog = '';
      this.log.writtenAfresh();
      this.logLines = 0;
    } finally {
      this.compactionAsked = false;
    }
  }

  private async append(line: z.infer<typeof LogLineSchema>): Promise<void> {
    await this.log.append(`${JSON.stringify(line)}\n`);
    if (++this.logLines >= COMPACT_AFTER && !this.compactionAsked) {
      this.compactionAsked = true;
      await this.compact();
    }
  }

  /** The summaries, parsed on first use. */
  private get data(): Snapshot {
    if (this.unparsed) {
      const { articles, log } = this.unparsed;
      this.unparsed = null;
      this.offsets = null;
      this.logged = null;
      this.parsed = { articles: JSON.parse(articles.toString('utf8')) as Snapshot['articles'] };
      this.parsedLog = log;
      const lines = this.logLines;
      this.replayLog(log);
      this.logLines = lines;
    }
    return this.parsed;
  }

  private set data(data: Snapshot) {
    this.unparsed = null;
    this.offsets = null;
    this.logged = null;
    this.parsed = data;
  }

  private replayLog(text: string): void {
    for (const raw of text.split('\n')) {
      if (!raw) continue;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        continue;
      }
      const line = LogLineSchema.safeParse(json);
      if (!line.success) continue;
      if ('folder' in line.data) continue;
      if ('put' in line.data) this.data.articles[line.data.put.id] = line.data.put;
      else delete this.data.articles[line.data.remove];
      this.logLines++;
    }
  }
}

/** Whether log lines save or remove an article (rather than only record the folder's times). */
function changesIn(log: Buffer): boolean {
  return log.includes('{"put":') || log.includes('{"remove":');
}

function readIfThere(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** What comes between a summary's key and its id: the snapshot's writer puts each summary's id first. */
const SUMMARY_START = ':{"id":"';
const QUOTE = 0x22;
const COMMA = Buffer.from(',');

/**
 * Where each summary of a sealed snapshot's `{"<id>":{"id":"<id>",…},…}` lies (start and end
 * byte), so that a search's hits are read without parsing all the others: found by searching the
 * bytes (as a one-byte string, for the string search built into the engine) for the start of each;
 * a quote inside a string value is escaped, so none is found inside one. Only those `wanted` when
 * given; null when the summaries are not laid out so (then they are parsed).
 */
function summaryOffsets(bytes: Buffer, wanted?: ReadonlySet<string>): Map<string, [number, number]> | null {
  const text = bytes.toString('latin1');
  const offsets = new Map<string, [number, number]>();
  let previous: string | null = null;
  let previousStart = 0;
  for (let at = text.indexOf(SUMMARY_START); at >= 0; at = text.indexOf(SUMMARY_START, at + SUMMARY_START.length)) {
    const idStart = at + SUMMARY_START.length;
    const id = text.slice(idStart, text.indexOf('"', idStart));
    const keyStart = at - id.length - 2;
    // The key is the id itself, first in the object or after the previous summary's `},`.
    if (text.charCodeAt(keyStart) !== QUOTE || text.charCodeAt(at - 1) !== QUOTE || !text.startsWith(id, keyStart + 1)) return null;
    if (previous === null ? keyStart !== 1 : !text.startsWith('},', keyStart - 2)) return null;
    if (previous !== null && (!wanted || wanted.has(previous))) offsets.set(previous, [previousStart, keyStart - 1]);
    previous = id;
    previousStart = at + 1;
  }
  if (previous === null) return text === '{}' ? offsets : null;
  if (!wanted || wanted.has(previous)) offsets.set(previous, [previousStart, text.length - 1]);
  return offsets;
}

/** The summaries at these places (an id without one is not in the snapshot), parsed together; null when a place does not hold its article's. */
function readSummaries(
  snapshot: Buffer,
  places: ReadonlyMap<string, readonly [number, number] | undefined>,
): Map<string, IndexEntry> | null {
  const placed = [...places].filter((entry): entry is [string, readonly [number, number]] => entry[1] !== undefined);
  const parts = placed.flatMap(([, [start, end]], i) =>
    i === 0 ? [snapshot.subarray(start, end)] : [COMMA, snapshot.subarray(start, end)],
  );
  let read: IndexEntry[];
  try {
    read = JSON.parse(`[${Buffer.concat(parts).toString('utf8')}]`) as IndexEntry[];
  } catch {
    return null;
  }
  const summaries = new Map<string, IndexEntry>();
  for (const [i, [id]] of placed.entries()) {
    if (read[i]?.id !== id) return null;
    summaries.set(id, read[i]);
  }
  return summaries;
}

/** The snapshot's summaries: trusted when their hash matches, else validated one by one; null when damaged. */
function readSnapshot(text: string): Snapshot | null {
  const hashEnd = SEALED_PREFIX.length + 64;
  const sealed = text.startsWith(SEALED_PREFIX) && text.startsWith(SEALED_MIDDLE, hashEnd);
  if (sealed) {
    const articles = text.slice(hashEnd + SEALED_MIDDLE.length, text.trimEnd().length - 1);
    if (sha256(articles) === text.slice(SEALED_PREFIX.length, hashEnd)) {
      try {
        return { articles: JSON.parse(articles) as Snapshot['articles'] };
      } catch {
        return null;
      }
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = SnapshotSchema.safeParse(sealed ? { articles: (json as { articles?: unknown }).articles } : json);
  return parsed.success ? parsed.data : null;
}

/** The summaries of a sealed snapshot whose hash matches, as bytes; null when it is not one (or damaged). */
function sealedArticles(bytes: Buffer): Buffer | null {
  const hashEnd = SEALED_PREFIX.length + 64;
  if (bytes.toString('latin1', 0, SEALED_PREFIX.length) !== SEALED_PREFIX) return null;
  if (bytes.toString('latin1', hashEnd, hashEnd + SEALED_MIDDLE.length) !== SEALED_MIDDLE) return null;
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d || bytes[end - 1] === 0x20)) end--;
  if (bytes[end - 1] !== 0x7d) return null;
  const articles = bytes.subarray(hashEnd + SEALED_MIDDLE.length, end - 1);
  const hash = createHash('sha256').update(articles).digest('hex');
  return hash === bytes.toString('latin1', SEALED_PREFIX.length, hashEnd) ? articles : null;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
