import type { NewsdeskApi } from '../api.ts';
import { diffArticles } from '../model/articleDiff.ts';
import type { Stores } from '../newsdesk.ts';
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
    async restore(id, number) {
      const user = session.requireUser();
      return stores.articles.restoreRevision(id, number, user.username);
    },
  };
}
