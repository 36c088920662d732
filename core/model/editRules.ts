import type { User } from './account.ts';
import { STATE_NAMES, type Article, type ArticleState } from './article.ts';

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

/** Why `user` may not change `article`, in one line for them to read; null when they may. */
export function editRefusal(user: User, article: Pick<Article, 'author' | 'state'>): string | null {
  if (!canWrite(user)) return 'tài khoản cán bộ truyền thông không sửa nội dung bài viết';
  if (user.role === 'reporter') {
    if (article.author !== user.username) return 'phóng viên chỉ sửa được bài viết của chính mình';
    if (!REPORTER_STATES.includes(article.state)) {
      return `bài viết đang ở trạng thái "${STATE_NAMES[article.state]}": phóng viên chỉ sửa được bản nháp và bài được trả lại để sửa`;
    }
    return null;
  }
  if (!EDITOR_STATES.includes(article.state)) {
    return `bài viết đang ở trạng thái "${STATE_NAMES[article.state]}": không sửa trực tiếp được`;
  }
  return null;
}

export function canEdit(user: User, article: Pick<Article, 'author' | 'state'>): boolean {
  return editRefusal(user, article) === null;
}
