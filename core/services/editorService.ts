import { randomUUID } from 'node:crypto';
import { NewsdeskError, type FileUpload, type NewsdeskApi } from '../api.ts';
import { ArticleSchema, type Article, type ArticleContent } from '../model/article.ts';
import type { User } from '../model/account.ts';
import { articlePhotoAssets } from '../model/photos.ts';
import { canWrite, editRefusal } from '../model/editRules.ts';
import { newDraft } from '../model/newArticle.ts';
import { nfcDeep } from '../model/text.ts';
import { importFile } from '../import/importFile.ts';
import type { Stores } from '../newsdesk.ts';
import type { EditLocks } from '../store/EditLocks.ts';
import type { AssetStore } from '../store/AssetStore.ts';
import type { Session } from './sessionService.ts';

/** Writing: new drafts, saves (with the editing rules checked here, not only in the UI), photos and imports. */
export function editorService(stores: Stores, locks: EditLocks, session: Session): NewsdeskApi['editor'] {
  // One write at a time: two autosaves of one article must land in the order they were sent.
  let writes: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = writes.then(work);
    writes = next.catch(() => undefined);
    return next;
  };

  const writer = (): User => {
    const user = session.requireUser();
    if (!canWrite(user)) throw new NewsdeskError('tài khoản này không viết bài', 'forbidden');
    return user;
  };

  return {
    async newArticle() {
      return newDraft(randomUUID(), writer(), new Date());
    },

    async save(id, content) {
      const user = writer();
      return serially(async () => {
        const now = new Date();
        let base: Article;
        if (stores.articles.has(id)) {
          await locks.assertFree(id, user);
          base = await stores.articles.get(id);
          const refusal = editRefusal(user, base);
          if (refusal) throw new NewsdeskError(`không lưu được: ${refusal}`, 'forbidden');
        } else {
          base = newDraft(id, user, now);
        }
        await requirePhotos(stores.assets, content);
        const updatedAt = new Date(Math.max(now.getTime(), Date.parse(base.updatedAt) + 1)).toISOString();
        const article = ArticleSchema.parse({ ...base, ...nfcDeep(content), updatedAt });
        return stores.articles.save(article, { by: user.username });
      });
    },

    async storePhoto(file) {
      writer();
      const photo = await stores.assets.putPhoto(decode(file), file.fileName);
      return { asset: photo.name, width: photo.width, height: photo.height };
    },

    async lock(id) {
      const user = writer();
      const article = await stores.articles.get(id);
      const refusal = editRefusal(user, article);
      if (refusal) throw new NewsdeskError(`không sửa được: ${refusal}`, 'forbidden');
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

function decode(file: FileUpload): Uint8Array {
  return Buffer.from(file.data, 'base64');
}

/** A saved article may only show photos the library holds. */
async function requirePhotos(assets: AssetStore, content: ArticleContent): Promise<void> {
  for (const name of articlePhotoAssets(content)) {
    if (!(await assets.has(name))) throw new NewsdeskError(`không lưu được: ảnh "${name}" không có trong thư viện`);
  }
}
