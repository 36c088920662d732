import { createHash } from 'node:crypto';
import { appendFile, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ArticleSummarySchema } from '../model/article.ts';
import { writeFileDurably } from './atomicWrite.ts';

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
const LogLineSchema = z.union([z.object({ put: IndexEntrySchema }), z.object({ remove: z.string() }), z.object({ folder: FolderStampSchema })]);

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
  /** The log as read at opening (only its folder lines are looked at again once the summaries are parsed). */
  private parsedLog = '';
  private parsed: Snapshot = { articles: {} };
  /**
   * A sealed snapshot whose hash matched, not parsed yet, and the log lines to replay after it: a
   * process that only adds or reads the articles it names (`newsdesk show`, `import`) never parses
   * the summaries of all the others.
   */
  private unparsed: { articles: Buffer; log: string } | null = null;
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly snapshotPath: string,
    private readonly logPath: string,
  ) {}

  /** Null when the index is missing or damaged and must be rebuilt from the article files. */
  static async open(dataDir: string): Promise<ArticleIndex | null> {
    const index = ArticleIndex.empty(dataDir);
    let bytes: Buffer;
    try {
      bytes = await readFile(index.snapshotPath);
    } catch {
      return null;
    }
    const log = await readFile(index.logPath, 'utf8').catch(() => '');
    const sealed = sealedArticles(bytes);
    if (sealed) {
      index.unparsed = { articles: sealed, log };
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
    return new ArticleIndex(join(dataDir, 'index.json'), join(dataDir, 'index.log'));
  }

  entries(): IndexEntry[] {
    return Object.values(this.data.articles);
  }

  get(id: string): IndexEntry | undefined {
    return this.data.articles[id];
  }

  /** Whether the article is in the index; answered without parsing the summaries when they are not yet. */
  has(id: string): boolean {
    if (!this.unparsed) return id in this.parsed.articles;
    const lines = this.unparsed.log.split('\n');
    for (let i = lines.length - 1; i >= 0; i--) {
      if (!lines[i]!.includes(id)) continue;
      const line = LogLineSchema.safeParse(parseOrNull(lines[i]!));
      if (!line.success || 'folder' in line.data) continue;
      if ('put' in line.data ? line.data.put.id === id : line.data.remove === id) return 'put' in line.data;
    }
    // The summary as the snapshot writes it (its key, then its own id field); if not seen so, parsed to be sure.
    return this.unparsed.articles.includes(`${JSON.stringify(id)}:{"id":${JSON.stringify(id)}`) || id in this.data.articles;
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
    await appendFile(this.logPath, text, { mode: 0o600 });
  }

  async put(entry: IndexEntry): Promise<void> {
    // Not parsed yet: the change waits with the log lines, replayed in order when it is.
    if (this.unparsed) this.unparsed.log += `${JSON.stringify({ put: entry })}\n`;
    else this.data.articles[entry.id] = entry;
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

  async compact(): Promise<void> {
    const text = sealSnapshot(this.data);
    // Queued: two compactions land in the order they were made.
    const written = this.writing.then(() => writeFileDurably(this.snapshotPath, text));
    this.writing = written.catch(() => undefined);
    await written;
    await writeFileDurably(this.logPath, '');
    this.parsedLog = '';
    this.logLines = 0;
  }

  private async append(line: z.infer<typeof LogLineSchema>): Promise<void> {
    const file = await open(this.logPath, 'a', 0o600);
    try {
      await file.appendFile(`${JSON.stringify(line)}\n`);
      await file.sync();
    } finally {
      await file.close();
    }
    if (++this.logLines >= COMPACT_AFTER) await this.compact();
  }

  /** The summaries, parsed on first use. */
  private get data(): Snapshot {
    if (this.unparsed) {
      const { articles, log } = this.unparsed;
      this.unparsed = null;
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

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function sealSnapshot(data: Snapshot): string {
  const articles = JSON.stringify(data.articles);
  return `${SEALED_PREFIX}${sha256(articles)}","articles":${articles}}\n`;
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
