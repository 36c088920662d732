import { readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { NewsdeskError } from '../api.ts';
import {
  ARTICLE_SCHEMA_VERSION,
  ArticleSchema,
  summarize,
  type Article,
  type ArticleState,
  type ArticleSummary,
} from '../model/article.ts';
import { SearchIndex } from '../search/SearchIndex.ts';
import { ArticleIndex, type FolderStamp, type IndexEntry } from './ArticleIndex.ts';
import { newestFirst, type ListRow } from './listFile.ts';
import { discardStaged, putInPlace, removeAbandonedTempFiles, stageFile, type StagedFile } from './atomicWrite.ts';
import { jsonFileText } from './DurableJsonFile.ts';
import type { RevisionMeta, RevisionReason } from '../model/revision.ts';
import type { StoreProblem } from '../model/storeProblem.ts';
import { RevisionStore } from './RevisionStore.ts';
import { silentLog, type Log } from '../log/Log.ts';
import { coreText, type CoreMessage, msg } from '../i18n/coreMessages.ts';

export interface SaveChange {
  by: string;
  reason?: RevisionReason;
  note?: string;
}

const SEARCH_FLUSH_DELAY_MS = 2_000;
/** The articles folder's times are trusted once it has not changed for this long (coarse file system clocks). */
const SETTLED_AFTER_MS = 3_000;

/** How much of the articles folder an opening looks at: every file, only a changed folder's, or none. */
export type FileCheck = boolean | 'if-folder-changed';

/**
 * The articles of a library: one JSON file each under `articles/`, an index of their summaries,
 * their revisions, and a full-text search index. Opening reads the index and only the article
 * files that changed behind its back (found by size and time, without reading the others); a
 * file that no longer parses is moved to `quarantine/` and reported with its last good revision.
 * The search index is opened on the first search, not at opening: listing or showing an article
 * never pays for it, and a search reads only the parts of it its words are in.
 */
export class ArticleStore {
  readonly problems: StoreProblem[] = [];
  private searchFlush: ReturnType<typeof setTimeout> | undefined;
  /** Started by the first search (or diagnostic report). */
  private searchLoading: Promise<SearchIndex> | undefined;

  private constructor(
    private readonly dataDir: string,
    private index: ArticleIndex,
    readonly revisions: RevisionStore,
    private readonly log: Log,
  ) {}

  /**
   * `verifyFiles: false` trusts the index without looking at each article file (one `stat` each):
   * for a process that only reads or adds the articles it names, which reads their files anyway.
   * `'if-folder-changed'` looks at each file only when the articles folder itself changed since the
   * index last matched it: every save (Newsdesk's, or any editor's that writes a new file and
   * renames it over the old) changes the folder, but a file rewritten in place does not, so that is
   * found when the article is read, or by the next opening that looks at every file (`true`).
   */
  static async open(
    dataDir: string,
    log: Log = silentLog,
    { verifyFiles = true }: { verifyFiles?: FileCheck } = {},
  ): Promise<ArticleStore> {
    await mkdir(join(dataDir, 'articles'), { recursive: true });
    // Those left in the articles folder go when its files are looked at (its names are read then anyway).
    await removeAbandonedTempFiles(dataDir);
    const existing = await ArticleIndex.open(dataDir);
    const store = new ArticleStore(dataDir, existing ?? ArticleIndex.empty(dataDir), new RevisionStore(join(dataDir, 'revisions')), log);
    if (!existing) {
      if (await hasFile(join(dataDir, 'index.json'))) {
        store.problems.push({ file: 'index.json', message: msg('store.problem.indexRebuilt') });
      }
      await store.rebuildIndex();
    } else if (verifyFiles === true) {
      await store.checkFilesAgainstIndex();
    } else if (verifyFiles === 'if-folder-changed') {
      await store.checkFilesIfFolderChanged();
    }
    return store;
  }

  list(filter: { state?: ArticleState } = {}): ArticleSummary[] {
    return this.index
      .entries()
      .filter((entry) => !filter.state || entry.state === filter.state)
      .map(toSummary)
      .sort(newestFirst);
  }

  /** What `newsdesk list` prints, newest first: read from the index's list file without parsing every summary. */
  async listRows(filter: { state?: ArticleState } = {}): Promise<ListRow[]> {
    const rows = await this.index.rows();
    return filter.state ? rows.filter((row) => row.state === filter.state) : rows;
  }

  /**
   * The same rows as the list file holds them (listFile.ts): one article a line, newest first, as
   * UTF-8. For printing every row: the bytes of the titles are copied through, never decoded.
   */
  listBytes(): Promise<Buffer> {
    return this.index.listBytes();
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  /** The article's summary from the index (no file read), or undefined when there is no such article. */
  summary(id: string): ArticleSummary | undefined {
    const entry = this.index.get(id);
    return entry && toSummary(entry);
  }

  /** How many articles the full-text search knows (the diagnostic report shows it beside the library's count). */
  async searchedCount(): Promise<number> {
    return (await this.loadSearch()).size;
  }

  /** Articles matching the query, best first (title matches outrank body matches). */
  async find(query: string): Promise<ArticleSummary[]> {
    if (!query.trim()) return [];
    let search = await this.loadSearch();
    let hits;
    try {
      hits = await search.search(query);
    } catch (error) {
      // A part of the index on disk is missing or damaged: index every article again, in memory first.
      this.log.warn('search index unreadable, indexing the library again', { error });
      this.searchLoading = this.catchUpSearch(SearchIndex.fresh(this.dataDir));
      search = await this.searchLoading;
      hits = await search.search(query);
    }
    // Where the search index says its articles' summaries lie, while the snapshot is the one it was written for.
    const placeOf =
      search.writtenFor !== null && search.writtenFor === this.index.snapshotHash() ? (id: string) => search.placeOf(id) : undefined;
    return this.index
      .getMany(
        hits.map((hit) => hit.id),
        placeOf,
      )
      .filter((entry): entry is IndexEntry => entry !== undefined)
      .map(toSummary);
  }

  async get(id: string): Promise<Article> {
    if (!this.has(id)) throw NewsdeskError.of(msg('error.articleNotFound', { id }), 'not-found');
    const result = await readArticleFile(this.fileOf(id));
    if (!result.ok) {
      const problem = await this.quarantine(`${id}.json`, result.message, id);
      throw NewsdeskError.of(
        msg('error.store.articleUnreadable', { id, reason: result.message, advice: problemAdvice(problem) }),
        'storage',
      );
    }
    return result.article;
  }

  /** Saves the article and keeps a revision of it (autosaves by one person fold into one a minute). */
  async save(article: Article, change: SaveChange = { by: article.author }): Promise<Article> {
    const checked = ArticleSchema.parse(article);
    // The article's new file is written beside the old one while the revision is recorded, and takes
    // its place only after: a process killed in between leaves a revision ahead of the article, never
    // an article without any revision to go back to.
    const staging = stageFile(this.fileOf(checked.id), jsonFileText(checked));
    // Awaited below; a failure meanwhile is not an unhandled rejection.
    staging.catch(() => undefined);
    try {
      await this.revisions.record(checked, {
        by: change.by,
        reason: change.reason ?? 'edit',
        note: change.note,
        at: new Date().toISOString(),
      });
    } catch (error) {
      await staging.then(discardStaged, () => undefined);
      throw error;
    }
    await this.putArticle(checked, await staging);
    return checked;
  }

  /** Brings back an earlier revision as a new one; the revisions in between stay. */
  async restoreRevision(id: string, number: number, by: string): Promise<Article> {
    const old = await this.revisions.get(id, number).catch(() => {
      throw NewsdeskError.of(msg('error.edit.noRevision', { id, number: String(number) }), 'not-found');
    });
    const restored = { ...old, updatedAt: new Date().toISOString() };
    return this.save(restored, { by, reason: 'restore', note: `khôi phục bản sửa ${number}` });
  }

  async listRevisions(id: string): Promise<RevisionMeta[]> {
    return this.revisions.list(id);
  }

  /** Reads every article file: only when the index is missing or damaged. */
  async rebuildIndex(): Promise<void> {
    const entries: IndexEntry[] = [];
    const folder = join(this.dataDir, 'articles');
    const names = await readdir(folder);
    await removeAbandonedTempFiles(folder, names);
    for (const name of names) {
      if (!name.endsWith('.json')) continue;
      const entry = await this.readForIndex(name);
      if (entry) entries.push(entry);
    }
    await this.index.replaceAll(entries);
  }

  /**
   * Writes the search index now if enough changed to be worth it (it is otherwise written shortly
   * after the last save); a few articles changed are cheaper to index again on the next search.
   */
  async flush(): Promise<void> {
    clearTimeout(this.searchFlush);
    this.searchFlush = undefined;
    const search = await this.searchLoading;
    if (!search?.worthWriting) return;
    await search.write(this.index.snapshotHash(), this.index.summaryPlaces());
  }

  private async putArticle(article: Article, staged: StagedFile): Promise<void> {
    await putInPlace([staged]);
    const entry: IndexEntry = { ...summarize(article), file: stampOfSync(staged.target) };
    await this.index.put(entry);
    // Not loaded yet: the cache catches up by version on the first search.
    const search = await this.searchLoading;
    if (!search) return;
    search.put(article, versionOf(entry));
    this.scheduleSearchFlush();
  }

  /** Drops an article that is gone from the search index, if that is loaded (else the first search skips it). */
  private async forgetInSearch(id: string): Promise<void> {
    const search = await this.searchLoading;
    if (!search) return;
    search.remove(id);
  }

  /** Looks at every file only when the folder's times differ from those recorded when the index last matched it. */
  private async checkFilesIfFolderChanged(): Promise<void> {
    const recorded = this.index.folderStamp();
    const now = folderStampOf(join(this.dataDir, 'articles'));
    if (recorded && recorded.mtimeMs === now.mtimeMs && recorded.ctimeMs === now.ctimeMs) return;
    await this.checkFilesAgainstIndex();
  }

  /**
   * Reads the files that changed since the index saw them (found by size and time) and drops those
   * gone; then records the folder's times as they were before it looked, so that the next opening
   * that trusts them skips all this while nothing was saved meanwhile.
   */
  private async checkFilesAgainstIndex(): Promise<void> {
    const folder = join(this.dataDir, 'articles');
    const before = folderStampOf(folder);
    // Every summary is compared: parsed at once rather than looked up one by one.
    this.index.entries();
    const names = await readdir(folder);
    await removeAbandonedTempFiles(folder, names);
    const onDisk = new Set(names.filter((name) => name.endsWith('.json')));
    for (const name of onDisk) {
      const entry = this.index.get(name.slice(0, -'.json'.length));
      // One stat per article, one after another: synchronous calls cost a tenth of awaited ones at 10,000 files.
      const stamp = stampOfSync(`${folder}${sep}${name}`);
      if (entry && entry.file.size === stamp.size && entry.file.mtimeMs === stamp.mtimeMs) continue;
      const fresh = await this.readForIndex(name);
      if (fresh) await this.index.put(fresh);
      else if (entry) await this.index.remove(entry.id);
    }
    for (const entry of this.index.entries()) {
      if (onDisk.has(`${entry.id}.json`)) continue;
      await this.index.remove(entry.id);
      await this.forgetInSearch(entry.id);
      const last = await this.revisions.lastGood(entry.id);
      this.problems.push({
        file: join('articles', `${entry.id}.json`),
        message: msg('store.problem.fileLost'),
        articleId: entry.id,
        ...(last ? { lastGoodRevision: { number: last.meta.number, title: last.article.title, at: last.meta.at } } : {}),
      });
    }
    await this.recordFolderIfSettled(before);
  }

  /**
   * A folder changed within the last seconds may change again within the same tick of a coarse
   * clock (FAT keeps two seconds) without its time moving: such times are not recorded.
   */
  private async recordFolderIfSettled(stamp: FolderStamp): Promise<void> {
    const recorded = this.index.folderStamp();
    if (recorded && recorded.mtimeMs === stamp.mtimeMs && recorded.ctimeMs === stamp.ctimeMs) return;
    if (Date.now() - Math.max(stamp.mtimeMs, stamp.ctimeMs) < SETTLED_AFTER_MS) return;
    await this.index.recordFolder(stamp);
  }

  /** Reads one article file for the index; a bad one is quarantined, a newer one left alone. */
  private async readForIndex(name: string): Promise<IndexEntry | null> {
    const file = join(this.dataDir, 'articles', name);
    const result = await readArticleFile(file);
    if (result.ok) return { ...summarize(result.article), file: stampOfSync(file) };
    if (result.newer) this.problems.push({ file: join('articles', name), message: result.message });
    else await this.quarantine(name, result.message, name.slice(0, -'.json'.length));
    return null;
  }

  private async quarantine(name: string, reason: CoreMessage, id: string): Promise<StoreProblem> {
    const folder = join(this.dataDir, 'quarantine');
    await mkdir(folder, { recursive: true });
    const target = join('quarantine', `${new Date().toISOString().replace(/[:.]/g, '-')}-${name}`);
    await rename(join(this.dataDir, 'articles', name), join(this.dataDir, target));
    this.log.warn('article file quarantined', { file: join('articles', name), movedTo: target, reason: coreText('vi', reason) });
    await this.index.remove(id);
    await this.forgetInSearch(id);
    const last = await this.revisions.lastGood(id);
    const problem: StoreProblem = {
      file: join('articles', name),
      message: msg('store.problem.quarantined', { reason, target }),
      articleId: id,
      ...(last ? { lastGoodRevision: { number: last.meta.number, title: last.article.title, at: last.meta.at } } : {}),
    };
    this.problems.push(problem);
    return problem;
  }

  private loadSearch(): Promise<SearchIndex> {
    this.searchLoading ??= SearchIndex.open(this.dataDir).then((search) => this.catchUpSearch(search));
    return this.searchLoading;
  }

  /**
   * Indexes for search the articles that changed since the search index was written, and drops
   * those gone; writes the index at once when that was most of the library (a first search) or
   * when it was written for another snapshot of the library's index.
   */
  private async catchUpSearch(search: SearchIndex): Promise<SearchIndex> {
    const snapshot = this.index.snapshotHash();
    // Caught up with this very snapshot: only what the index's log names since can differ, and the summaries stay unparsed.
    const logged = snapshot !== null && search.writtenFor === snapshot ? this.index.loggedIds() : null;
    if (logged) {
      for (const id of logged) {
        const entry = this.index.get(id);
        if (entry) await this.indexForSearch(search, entry);
        else search.remove(id);
      }
    } else {
      for (const entry of this.index.entries()) await this.indexForSearch(search, entry);
      for (const id of search.ids()) if (!this.index.get(id)) search.remove(id);
    }
    // Written again when the generation on disk names another snapshot (or none): once after each
    // compaction of the library's index, so that later processes check only the log's articles.
    if (search.worthWriting || (!logged && snapshot !== null && search.writtenFor !== snapshot)) {
      await search.write(snapshot, this.index.summaryPlaces());
    }
    return search;
  }

  private async indexForSearch(search: SearchIndex, entry: IndexEntry): Promise<void> {
    if (search.indexedVersion(entry.id) === versionOf(entry)) return;
    const result = await readArticleFile(this.fileOf(entry.id));
    if (result.ok) search.put(result.article, versionOf(entry));
  }

  private scheduleSearchFlush(): void {
    clearTimeout(this.searchFlush);
    this.searchFlush = setTimeout(() => void this.flush().catch(() => undefined), SEARCH_FLUSH_DELAY_MS);
    this.searchFlush.unref?.();
  }

  private fileOf(id: string): string {
    return join(this.dataDir, 'articles', `${id}.json`);
  }
}

export function problemAdvice(problem: StoreProblem): CoreMessage {
  return problem.lastGoodRevision
    ? msg('error.store.canRestore', { number: String(problem.lastGoodRevision.number), at: problem.lastGoodRevision.at })
    : msg('error.store.noRevisionToRestore');
}

function versionOf(entry: IndexEntry): string {
  return `${entry.file.size}:${entry.file.mtimeMs}`;
}

function toSummary({ file: _file, ...summary }: IndexEntry): ArticleSummary {
  return summary;
}

function folderStampOf(folder: string): FolderStamp {
  const info = statSync(folder);
  return { mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs };
}

function stampOfSync(file: string) {
  const info = statSync(file);
  return { size: info.size, mtimeMs: info.mtimeMs };
}

async function hasFile(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

type ReadResult = { ok: true; article: Article } | { ok: false; newer: boolean; message: CoreMessage };

async function readArticleFile(file: string): Promise<ReadResult> {
  let json: unknown;
  try {
    // A plain call: one file read whole costs less than four awaited steps (see atomicWrite.ts).
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const gone = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, newer: false, message: msg(gone ? 'store.problem.fileGone' : 'store.problem.notJson') };
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > ARTICLE_SCHEMA_VERSION) {
    return { ok: false, newer: true, message: msg('store.problem.newer', { version }) };
  }
  const parsed = ArticleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      newer: false,
      message: msg('store.problem.wrongStructure', { path: issue?.path.join('.') || msg('name.root'), detail: issue?.message ?? '' }),
    };
  }
  return { ok: true, article: parsed.data };
}
