import type { NewsdeskApi } from '../api.ts';
import type { ArticleStore } from '../store/ArticleStore.ts';
import type { Session } from './sessionService.ts';

export function libraryService(articles: ArticleStore, session: Session): NewsdeskApi['library'] {
  return {
    async list(filter) {
      session.requireUser();
      return articles.list(filter);
    },
    async get(id) {
      session.requireUser();
      return articles.get(id);
    },
  };
}
