import { randomUUID } from 'node:crypto';
import { NewsdeskError, type FileUpload, type NewsdeskApi } from '../api.ts';
import { ArticleContentSchema, ArticleSchema, type Article, type ArticleContent } from '../model/article.ts';
import type { User } from '../model/account.ts';
import { articlePhotoAssets } from '../model/photos.ts';
import { applyContentChanges, type ContentChanges } from '../model/contentChanges.ts';
import { bodyLengthRefusal } from '../model/inputLimits.ts';
import { canWrite, editRefusalMessage } from '../model/editRules.ts';
import { msg } from '../i18n/coreMessages.ts';
import { newDraft } from '../model/newArticle.ts';
import { sameContent } from '../model/recovery.ts';
import { nfcDeep } from '../model/text.ts';
import { importFile } from '../import/importFile.ts';
import type { Stores } from '../stores.ts';
import type { EditLocks } from '../store/EditLocks.ts';
import type { AssetStore } from '../store/AssetStore.ts';
import type { RecoveryStore } from '../store/RecoveryStore.ts';
import type { Session } from './sessionService.ts';

/**
 * Writing: new drafts, saves (with the editing rules checked here, not only in the UI), photos and
 * imports, and the recovery copies that keep unsaved typing through a crash.
 */
export function editorService(stores: Stores, locks: EditLocks, session: Session, recovery: RecoveryStore): NewsdeskApi['editor'] {
  // One write at a time: two autosaves of one article must land in the order they were sent.
  let writes: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = writes.then(work);
    writes = next.catch(() => undefined);
    return next;
  };

  const writer = (): User => {
    const user = session.requireUser();
    if (!canWrite(user)) throw NewsdeskError.of(msg('error.edit.cannotWrite'), 'forbidden');
    return user;
  };

  /** The stored article the writer is about to save over (null: never saved), every editing rule checked. */
  const savedOver = async (user: User, id: string): Promise<Article | null> => {
    if (!stores.articles.has(id)) return null;
    await locks.assertFree(id, user);
    const stored = await stores.articles.get(id);
    const refusal = editRefusalMessage(user, stored);
    if (refusal) throw NewsdeskError.of(msg('error.edit.cannotSave', { reason: refusal }), 'forbidden');
    return stored;
  };

  /** Stores what the writer changed over `stored` (see `savedOver`). */
  const store = async (user: User, id: string, stored: Article | null, content: ArticleContent): Promise<Article> => {
    const now = new Date();
    const base = stored ?? newDraft(id, user, now);
    const tooLong = bodyLengthRefusal(content.body);
    if (tooLong) throw NewsdeskError.of(msg('error.edit.cannotSave', { reason: tooLong }));
    await requirePhotos(stores.assets, content);
    const updatedAt = new Date(Math.max(now.getTime(), Date.parse(base.updatedAt) + 1)).toISOString();
    const article = ArticleSchema.parse({ ...base, ...nfcDeep(content), updatedAt });
    const saved = await stores.articles.save(article, { by: user.username });
    // The app sends its recovery copies and saves one after the other, so a copy is never newer
    // than a save that follows it. A copy that stays (its removal failed) was written over an
    // older version and is no longer offered.
    await recovery.remove(user.username, id).catch(() => undefined);
    return saved;
  };

  /** The stored article a recovery copy is kept over (null: never saved), every editing rule checked. */
  const keptOver = async (user: User, id: string): Promise<Article | null> => {
    if (!stores.articles.has(id)) return null;
    const stored = await stores.articles.get(id);
    const refusal = editRefusalMessage(user, stored);
    if (refusal) throw NewsdeskError.of(msg('error.edit.cannotKeepDraft', { reason: refusal }), 'forbidden');
    return stored;
  };

  /** Keeps a recovery copy of what the writer typed over `stored` (see `keptOver`). */
  const keep = async (user: User, id: string, stored: Article | null, content: ArticleContent): Promise<void> => {
    const tooLong = bodyLengthRefusal(content.body);
    if (tooLong) throw NewsdeskError.of(msg('error.edit.cannotKeepDraft', { reason: tooLong }));
    const kept = ArticleContentSchema.parse(nfcDeep(content));
    // What is already stored needs no copy (a late copy of text that a save just stored).
    if (stored && sameContent(kept, stored)) await recovery.remove(user.username, id);
    else await recovery.write(user.username, id, stored?.updatedAt ?? null, kept);
  };

  return {
    async newArticle() {
      return newDraft(randomUUID(), writer(), new Date());
    },

    async save(id, content) {
      const user = writer();
      return serially(async () => store(user, id, await savedOver(user, id), content));
    },

    async saveChanges(id, changes) {
      const user = writer();
      return serially(async () => {
        const stored = await savedOver(user, id);
        const content = applied(stored, changes, 'error.edit.cannotSave');
        return content ? { updatedAt: (await store(user, id, stored, content)).updatedAt } : null;
      });
    },

    async keepDraft(id, content) {
      const user = writer();
      await serially(async () => keep(user, id, await keptOver(user, id), content));
    },

    async keepDraftChanges(id, changes) {
      const user = writer();
      return serially(async () => {
        const stored = await keptOver(user, id);
        const content = applied(stored, changes, 'error.edit.cannotKeepDraft');
        if (content) await keep(user, id, stored, content);
        return content !== null;
      });
    },

    async recovered() {
      const user = session.requireUser();
      if (!canWrite(user)) return [];
      return serially(() =>
        recovery.recoverable(user.username, async (id) => {
          if (!stores.articles.has(id)) return null;
          const stored = await stores.articles.get(id);
          const refusal = editRefusalMessage(user, stored);
          if (refusal) throw NewsdeskError.of(refusal, 'forbidden');
          return stored;
        }),
      );
    },

    async storePhoto(file) {
      writer();
      const photo = await stores.assets.putPhoto(decode(file), file.fileName);
      return { asset: photo.name, width: photo.width, height: photo.height };
    },

    async lock(id) {
      const user = writer();
      const article = await stores.articles.get(id);
      const refusal = editRefusalMessage(user, article);
      if (refusal) throw NewsdeskError.of(msg('error.edit.cannotEdit', { reason: refusal }), 'forbidden');
      return locks.acquire(id, user);
    },

    async unlock(id) {
      await locks.release(id, session.requireUser());
    },

    async importFile(file) {
      const user = writer();
      return serially(() => importFile(decode(file), file.fileName, { articles: stores.articles, assets: stores.assets, author: user }));
    },
  };
}

/**
 * The content that changes written against the stored article describe; null when they are
 * outdated (the article was stored again since the version they were written against, or was never
 * stored): nothing is stored then, and the editor sends the whole content.
 */
function applied(
  stored: Article | null,
  changes: ContentChanges,
  refused: 'error.edit.cannotSave' | 'error.edit.cannotKeepDraft',
): ArticleContent | null {
  if (stored === null) return null;
  const result = applyContentChanges(stored, changes);
  if ('refusal' in result) throw NewsdeskError.of(msg(refused, { reason: result.refusal }));
  return 'content' in result ? result.content : null;
}

function decode(file: FileUpload): Uint8Array {
  return Buffer.from(file.data, 'base64');
}

/** A saved article may only show photos the library holds. */
async function requirePhotos(assets: AssetStore, content: ArticleContent): Promise<void> {
  for (const name of articlePhotoAssets(content)) {
    if (!(await assets.has(name))) throw NewsdeskError.of(msg('error.edit.cannotSave', { reason: msg('error.photo.missing', { name }) }));
  }
}
