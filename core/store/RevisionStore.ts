import { mkdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ArticleSchema, type Article } from '../model/article.ts';
import { RevisionMetaSchema, type RevisionMeta, type RevisionReason } from '../model/revision.ts';
import { putInPlace, removeAbandonedTempFiles, stagedTogether, stageFile, writeUnnamedFile } from './atomicWrite.ts';
import { DurableJsonFile, jsonFileText } from './DurableJsonFile.ts';

const RevisionListSchema = z.array(RevisionMetaSchema);

/** Saves while typing within this window of a revision's first save are folded into it. */
export const COALESCE_MS = 60_000;

/**
 * Every saved state of an article worth going back to: `revisions/<id>/<n>.json` snapshots and
 * `revisions/<id>/revisions.json` listing who and when. Autosaves by the same person within a
 * minute are folded into one revision; anything else (a workflow transition, a restore) opens a
 * new one. Nothing here is ever overwritten except the revision still being typed into.
 */
export class RevisionStore {
  /** The articles whose folder this process has cleared of temporary files killed writers left. */
  private readonly tidied = new Set<string>();

  constructor(private readonly folder: string) {}

  async list(id: string): Promise<RevisionMeta[]> {
    const file = new DurableJsonFile<unknown>(this.listFile(id));
    const parsed = RevisionListSchema.safeParse(await file.read().catch(() => null));
    return parsed.success ? parsed.data : [];
  }

  // A snapshot read in one plain call (see atomicWrite.ts).
  async get(id: string, number: number): Promise<Article> {
    return ArticleSchema.parse(JSON.parse(readFileSync(this.snapshotFile(id, number), 'utf8')));
  }

  /** The newest revision whose snapshot still reads and passes the schema. */
  async lastGood(id: string): Promise<{ meta: RevisionMeta; article: Article } | null> {
    for (const meta of (await this.list(id)).reverse()) {
      try {
        return { meta, article: await this.get(id, meta.number) };
      } catch {
        continue;
      }
    }
    return null;
  }

  async record(article: Article, change: { by: string; reason: RevisionReason; note?: string; at: string }): Promise<RevisionMeta> {
    const revisions = await this.list(article.id);
    const last = revisions.at(-1);
    // A comment, a resolved remark or a save of unchanged text is no revision: nothing to compare, nothing to restore.
    if (last && (await this.sameAsRevision(article, last.number))) return last;
    const folds =
      change.reason === 'edit' &&
      last?.reason === 'edit' &&
      last.by === change.by &&
      Date.parse(change.at) - Date.parse(last.startedAt) < COALESCE_MS;
    const meta: RevisionMeta = folds
      ? { ...last, at: change.at }
      : {
          number: (last?.number ?? 0) + 1,
          startedAt: change.at,
          at: change.at,
          by: change.by,
          reason: change.reason,
          ...(change.note ? { note: change.note } : {}),
        };
    mkdirSync(join(this.folder, article.id), { recursive: true });
    if (!this.tidied.has(article.id)) {
      await removeAbandonedTempFiles(join(this.folder, article.id));
      this.tidied.add(article.id);
    }
    const snapshot = this.snapshotFile(article.id, meta.number);
    const text = jsonFileText(article);
    // The snapshot and the list are written side by side; the list takes its place once the revision it
    // names is on disk. The revision still being typed into is replaced whole; a new one is written in place.
    const [staged, list] = await stagedTogether([
      folds ? stageFile(snapshot, text) : writeUnnamedFile(snapshot, text).then(() => null),
      stageFile(this.listFile(article.id), jsonFileText(folds ? [...revisions.slice(0, -1), meta] : [...revisions, meta])),
    ]);
    await putInPlace(staged ? [staged, list!] : [list!]);
    return meta;
  }

  private async sameAsRevision(article: Article, number: number): Promise<boolean> {
    const kept = await this.get(article.id, number).catch(() => null);
    return kept !== null && JSON.stringify(revisedPart(kept)) === JSON.stringify(revisedPart(article));
  }

  async removeAll(id: string): Promise<void> {
    await rm(join(this.folder, id), { recursive: true, force: true });
  }

  private listFile(id: string): string {
    return join(this.folder, id, 'revisions.json');
  }

  private snapshotFile(id: string, number: number): string {
    return join(this.folder, id, `${number}.json`);
  }
}

/** What a revision is about: the article without its comments and the moment it was saved. */
function revisedPart(article: Article): Omit<Article, 'comments' | 'updatedAt'> {
  const { comments: _comments, updatedAt: _updatedAt, ...revised } = article;
  return revised;
}
