import type { User } from './account.ts';
import type { Article, ArticleState } from './article.ts';
import { msg, type CoreMessage } from '../i18n/coreMessages.ts';

/**
 * Who may change an article's text. Kept simple until the workflow arrives: a reporter edits
 * their own drafts and the articles sent back to them; an editor (or an administrator) edits
 * anything not yet published; published and archived articles are corrected through a new
 * revision, not edited in place; communications officers lay out, they do not write.
 */
const REPORTER_STATES: readonly ArticleState[] = ['draft', 'changes_requested'];
const EDITOR_STATES: readonly ArticleState[] = ['draft', 'submitted', 'changes_requested', 'approved'];

/** Whether `user` may write new articles. */
export function canWrite(user: User): boolean {
  return user.role === 'reporter' || user.role === 'editor' || user.role === 'admin';
}

/** Why `user` may not change `article`, as a catalogued message; null when they may. */
export function editRefusalMessage(user: User, article: Pick<Article, 'author' | 'state'>): CoreMessage | null {
  if (!canWrite(user)) return msg('error.edit.communications');
  const state = msg(`name.state.${article.state}`);
  if (user.role === 'reporter') {
    if (article.author !== user.username) return msg('error.edit.reporterOwnOnly');
    return REPORTER_STATES.includes(article.state) ? null : msg('error.edit.reporterState', { state });
  }
  return EDITOR_STATES.includes(article.state) ? null : msg('error.edit.closedState', { state });
}

export function canEdit(user: User, article: Pick<Article, 'author' | 'state'>): boolean {
  return editRefusalMessage(user, article) === null;
}
