import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { ArticleSummarySchema } from '../model/article.ts';
import { writeFileDurably } from './atomicWrite.ts';
import { DurableJsonFile } from './DurableJsonFile.ts';

/** Size and modification time of an article file when the index last saw it. */
const FileStampSchema = z.object({ size: z.number(), mtimeMs: z.number() });
export type FileStamp = z.infer<typeof FileStampSchema>;

export const IndexEntrySchema = ArticleSummarySchema.extend({ file: FileStampSchema });
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

const SnapshotSchema = z.object({ articles: z.record(z.string(), IndexEntrySchema) });
type Snapshot = z.infer<typeof SnapshotSchema>;

const LogLineSchema = z.union([z.object({ put: IndexEntrySchema }), z.object({ remove: z.string() })]);

/** Appended changes are folded into the snapshot once there are this many. */
const COMPACT_AFTER = 500;

/**
 * The library's index: a snapshot (`index.json`) plus an append-only log (`index.log`) of the
 * changes since. A save appends one fsync'd line instead of rewriting every summary, so its cost
 * does not grow with the library; the snapshot is rewritten once every few hundred saves.
 * A torn last line (power cut mid-append) is ignored: the article file itself is checked at start.
 */
export class ArticleIndex {
  private logLines = 0;

  private constructor(
    private readonly snapshot: Low<Snapshot>,
    private readonly logPath: string,
  ) {}

  /** Null when the index is missing or damaged and must be rebuilt from the article files. */
  static async open(dataDir: string): Promise<ArticleIndex | null> {
    const index = ArticleIndex.empty(dataDir);
    let stored: unknown;
    try {
      stored = await index.snapshot.adapter.read();
    } catch {
      return null;
    }
    const parsed = SnapshotSchema.safeParse(stored);
    if (!parsed.success) return null;
    index.snapshot.data = parsed.data;
    await index.replayLog();
    return index;
  }

  static empty(dataDir: string): ArticleIndex {
    const snapshot = new Low<Snapshot>(new DurableJsonFile(join(dataDir, 'index.json')), { articles: {} });
    return new ArticleIndex(snapshot, join(dataDir, 'index.log'));
  }

  entries(): IndexEntry[] {
    return Object.values(this.snapshot.data.articles);
  }

  get(id: string): IndexEntry | undefined {
    return this.snapshot.data.articles[id];
  }

  async put(entry: IndexEntry): Promise<void> {
    this.snapshot.data.articles[entry.id] = entry;
    await this.append({ put: entry });
  }

  async remove(id: string): Promise<void> {
    if (!(id in this.snapshot.data.articles)) return;
    delete this.snapshot.data.articles[id];
    await this.append({ remove: id });
  }

  /** Replaces the whole index at once (after a rebuild). */
  async replaceAll(entries: IndexEntry[]): Promise<void> {
    this.snapshot.data = { articles: Object.fromEntries(entries.map((e) => [e.id, e])) };
    await this.compact();
  }

  async compact(): Promise<void> {
    await this.snapshot.write();
    await writeFileDurably(this.logPath, '');
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

  private async replayLog(): Promise<void> {
    let text: string;
    try {
      text = await readFile(this.logPath, 'utf8');
    } catch {
      return;
    }
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
      if ('put' in line.data) this.snapshot.data.articles[line.data.put.id] = line.data.put;
      else delete this.snapshot.data.articles[line.data.remove];
      this.logLines++;
    }
  }
}
