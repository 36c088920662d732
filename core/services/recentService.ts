import { NewsdeskError, type NewsdeskApi } from '../api.ts';
import type { Stores } from '../stores.ts';
import { withOpened, type RecentArticle } from '../model/recentArticles.ts';
import type { RecentArticlesStore } from '../store/RecentArticlesStore.ts';
import type { Session } from './sessionService.ts';
import { msg } from '../i18n/coreMessages.ts';

/** The signed-in user's recently opened articles, for the desktop's File menu, jump list and dock. */
export function recentService(recent: RecentArticlesStore, stores: Stores, session: Session): NewsdeskApi['recent'] {
  // Titles come from the library as it is now; an article no longer there (a backup restored
  // without it, a file removed by hand) is left out.
  const listOf = (username: string): RecentArticle[] =>
    recent.entriesOf(username).flatMap(({ id, openedAt }) => {
      const summary = stores.articles.summary(id);
      return summary ? [{ id, title: summary.title, state: summary.state, openedAt }] : [];
    });

  return {
    async opened(id) {
      const { username } = session.requireUser();
      if (!stores.articles.has(id)) throw NewsdeskError.of(msg('error.articleNotFound', { id }), 'not-found');
      const openedAt = new Date().toISOString();
      await recent.update(username, (entries) =>
        withOpened(
          entries.filter((entry) => stores.articles.has(entry.id)),
          id,
          openedAt,
        ),
      );
      return listOf(username);
    },
    async list() {
      // Reading the list is not activity: the desktop reads it after the page's own calls, and
      // must not keep an unattended desk signed in past the newsroom's idle limit.
      const user = session.current;
      if (!user) throw NewsdeskError.of(msg('error.signInFirst'), 'unauthorized');
      return listOf(user.username);
    },
  };
}
