import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { UsernameSchema } from '../model/account.ts';
import { ArticleContentSchema, ArticleIdSchema, type Article, type ArticleContent } from '../model/article.ts';
import { holdsUnsavedWork, type RecoveredDraft } from '../model/recovery.ts';
import { removeAbandonedTempFiles, writeFileDurably } from './atomicWrite.ts';
import { msg, type CoreMessage, type CoreParam } from '../i18n/coreMessages.ts';

const RecoveryFileSchema = z.object({
  format: z.literal('newsdesk-recovery'),
  version: z.literal(1),
  articleId: ArticleIdSchema,
  username: UsernameSchema,
  writtenAt: z.iso.datetime(),
  baseUpdatedAt: z.iso.datetime().nullable(),
  content: ArticleContentSchema,
});
type RecoveryFile = z.infer<typeof RecoveryFileSchema>;

const COPY_NAME = /^([0-9a-f-]{36})\.json$/;

/**
 * Recovery copies of unsaved editor work: `recovery/<user>/<article id>.json`, written (fsync'd and
 * renamed into place) a few times a second while someone types, removed once a save holds the
 * text. Nothing here ever touches the library itself; a copy that does not read is left where it
 * is, ignored, and reported once through `notice`.
 */
export class RecoveryStore {
  private readonly reported = new Set<string>();

  constructor(
    private readonly folder: string,
    private readonly notice: (message: CoreMessage) => void,
    private readonly clock: () => number = Date.now,
  ) {}

  async write(username: string, articleId: string, baseUpdatedAt: string | null, content: ArticleContent): Promise<RecoveredDraft> {
    const file: RecoveryFile = {
      format: 'newsdesk-recovery',
      version: 1,
      articleId,
      username,
      writtenAt: new Date(this.clock()).toISOString(),
      baseUpdatedAt,
      content,
    };
    await mkdir(this.userFolder(username), { recursive: true, mode: 0o700 });
    await writeFileDurably(this.fileOf(username, articleId), JSON.stringify(file));
    this.reported.delete(this.fileOf(username, articleId));
    return draftOf(file);
  }

  /** The user's copy for this article, or null when there is none (or it does not read). */
  async read(username: string, articleId: string): Promise<RecoveredDraft | null> {
    const path = this.fileOf(username, articleId);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      this.report(path, (error as Error).message);
      return null;
    }
    let parsed: ReturnType<typeof RecoveryFileSchema.safeParse>;
    try {
      parsed = RecoveryFileSchema.safeParse(JSON.parse(text));
    } catch (error) {
      this.report(path, msg('notice.recovery.notJson', { detail: (error as Error).message }));
      return null;
    }
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const detail = issue ? `${issue.path.join('.')}: ${issue.message}` : msg('notice.recovery.refused');
      this.report(path, msg('notice.recovery.wrongFormat', { detail }));
      return null;
    }
    if (parsed.data.username !== username || parsed.data.articleId !== articleId) {
      this.report(path, msg('notice.recovery.nameMismatch'));
      return null;
    }
    return draftOf(parsed.data);
  }

  /** Every copy the user has that reads, newest first. */
  async list(username: string): Promise<RecoveredDraft[]> {
    const folder = this.userFolder(username);
    let names: string[];
    try {
      await removeAbandonedTempFiles(folder);
      names = await readdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const copies: RecoveredDraft[] = [];
    for (const name of names) {
      const id = COPY_NAME.exec(name)?.[1];
      if (!id || !ArticleIdSchema.safeParse(id).success) continue;
      const copy = await this.read(username, id);
      if (copy) copies.push(copy);
    }
    return copies.sort((a, b) => b.writtenAt.localeCompare(a.writtenAt));
  }

  /**
   * The user's copies that hold work the library does not have, newest first. `stored` gives the
   * article as stored now (null when it was never saved) and throws for one the user cannot have
   * back (unreadable, no longer theirs to edit). A copy not offered stays on disk.
   */
  async recoverable(username: string, stored: (articleId: string) => Promise<Article | null>): Promise<RecoveredDraft[]> {
    const offered: RecoveredDraft[] = [];
    for (const copy of await this.list(username)) {
      const article = await stored(copy.articleId).then(
        (found) => ({ found }),
        () => null,
      );
      if (article && holdsUnsavedWork(copy, article.found)) offered.push(copy);
    }
    return offered;
  }

  async remove(username: string, articleId: string): Promise<void> {
    await rm(this.fileOf(username, articleId), { force: true });
    this.reported.delete(this.fileOf(username, articleId));
  }

  /** `reason`: a catalogued message, or the system's own words for a file it could not read. */
  private report(path: string, reason: CoreParam): void {
    if (this.reported.has(path)) return;
    this.reported.add(path);
    this.notice(msg('notice.recoveryUnreadable', { file: path, reason }));
  }

  private userFolder(username: string): string {
    return join(this.folder, UsernameSchema.parse(username));
  }

  private fileOf(username: string, articleId: string): string {
    return join(this.userFolder(username), `${ArticleIdSchema.parse(articleId)}.json`);
  }
}

function draftOf(file: RecoveryFile): RecoveredDraft {
  return { articleId: file.articleId, writtenAt: file.writtenAt, baseUpdatedAt: file.baseUpdatedAt, content: file.content };
}
