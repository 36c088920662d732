import { NewsdeskError, type NewsdeskApi } from '../api.ts';
import type { Stores } from '../stores.ts';
import type { Session } from './sessionService.ts';
import { searchWithGlossary } from '../vietnamese/glossarySearch.ts';
import { msg } from '../i18n/coreMessages.ts';

export function libraryService(stores: Stores, session: Session): NewsdeskApi['library'] {
  return {
    async list(filter) {
      session.requireUser();
      return stores.articles.list(filter);
    },
    async page({ state, offset, limit }) {
      session.requireUser();
      const all = stores.articles.list({ state });
      return { total: all.length, articles: all.slice(offset, offset + limit) };
    },
    async get(id) {
      session.requireUser();
      return stores.articles.get(id);
    },
    async search(query) {
      session.requireUser();
      return searchWithGlossary((variant) => stores.articles.find(variant), query, stores.writingAids.glossary);
    },
    async problems() {
      session.requireUser();
      return stores.articles.problems;
    },
    async recover(id) {
      const user = session.requireUser();
      const problem = stores.articles.problems.find((p) => p.articleId === id && p.lastGoodRevision);
      if (!problem?.lastGoodRevision) throw NewsdeskError.of(msg('error.store.nothingToRestore', { id }), 'not-found');
      const article = await stores.articles.restoreRevision(id, problem.lastGoodRevision.number, user.username);
      stores.articles.problems.splice(stores.articles.problems.indexOf(problem), 1);
      return article;
    },
  };
}
