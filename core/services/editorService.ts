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

  /**
   * Stores what the writer changed, every editing rule checked first; `contentFor` is given the
   * stored article (null when it was never saved).
   */
  const store = async (user: User, id: string, contentFor: (stored: Article | null) => ArticleContent): Promise<Article> => {
    const now = new Date();
    let stored: Article | null = null;
    if (stores.articles.has(id)) {
      await locks.assertFree(id, user);
      stored = await stores.articles.get(id);
      const refusal = editRefusalMessage(user, stored);
      if (refusal) throw NewsdeskError.of(msg('error.edit.cannotSave', { reason: refusal }), 'forbidden');
    }
    const base = stored ?? newDraft(id, user, now);
    const content = contentFor(stored);
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

  /** Keeps a recovery copy of what the writer typed, with the same rules as a save. */
  const keep = async (user: User, id: string, contentFor: (stored: Article | null) => ArticleContent): Promise<void> => {
    let stored: Article | null = null;
    if (stores.articles.has(id)) {
      stored = await stores.articles.get(id);
      const refusal = editRefusalMessage(user, stored);
      if (refusal) throw NewsdeskError.of(msg('error.edit.cannotKeepDraft', { reason: refusal }), 'forbidden');
    }
    const content = contentFor(stored);
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
      return serially(() => store(user, id, () => content));
    },

    async saveChanges(id, changes) {
      const user = writer();
      const saved = await serially(() => store(user, id, (stored) => applied(stored, changes, 'error.edit.cannotSave')));
      return { updatedAt: saved.updatedAt };
    },

    async keepDraft(id, content) {
      const user = writer();
      await serially(() => keep(user, id, () => content));
    },

    async keepDraftChanges(id, changes) {
      const user = writer();
      await serially(() => keep(user, id, (stored) => applied(stored, changes, 'error.edit.cannotKeepDraft')));
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
 * The content that changes written against the stored article describe. Changes need a stored
 * version: an article never saved, or stored again since, is refused as outdated (the editor then
 * sends the whole content).
 */
function applied(
  stored: Article | null,
  changes: ContentChanges,
  refused: 'error.edit.cannotSave' | 'error.edit.cannotKeepDraft',
): ArticleContent {
  if (stored === null) throw NewsdeskError.of(msg('error.edit.changesOutdated'), 'conflict');
  const result = applyContentChanges(stored, changes);
  if ('content' in result) return result.content;
  if (result.refusal.key === 'error.edit.changesOutdated') throw NewsdeskError.of(result.refusal, 'conflict');
  throw NewsdeskError.of(msg(refused, { reason: result.refusal }));
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
