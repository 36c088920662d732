import { NewsdeskError, type NewsdeskApi } from '../api.ts';
import { diffArticles } from '../model/articleDiff.ts';
import { editRefusalMessage } from '../model/editRules.ts';
import { msg } from '../i18n/coreMessages.ts';
import { contentOf } from '../model/recovery.ts';
import type { Stores } from '../stores.ts';
import type { Session } from './sessionService.ts';

export function historyService(stores: Stores, session: Session): NewsdeskApi['history'] {
  const revision = (id: string, number: number) => stores.articles.revisions.get(id, number);
  return {
    async list(id) {
      session.requireUser();
      await stores.articles.get(id);
      return stores.articles.listRevisions(id);
    },
    async compare(id, from, to) {
      session.requireUser();
      return diffArticles(await revision(id, from), await revision(id, to));
    },
    /** Brings back an earlier revision's content as a new revision, under the editing rules; the state never moves. */
    async restore(id, number) {
      const user = session.requireUser();
      const current = await stores.articles.get(id);
      const refusal = editRefusalMessage(user, current);
      if (refusal) throw NewsdeskError.of(msg('error.edit.cannotRestore', { reason: refusal }), 'forbidden');
      const old = await revision(id, number).catch(() => {
        throw NewsdeskError.of(msg('error.edit.noRevision', { id, number: String(number) }), 'not-found');
      });
      const updatedAt = new Date(Math.max(Date.now(), Date.parse(current.updatedAt) + 1)).toISOString();
      return stores.articles.save(
        { ...current, ...contentOf(old), updatedAt },
        { by: user.username, reason: 'restore', note: `khôi phục nội dung bản sửa ${number}` },
      );
    },
  };
}
