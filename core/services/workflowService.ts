import { randomUUID } from 'node:crypto';
import { NewsdeskError, type NewsdeskApi } from '../api.ts';
import { ARTICLE_STATES, type ArticleState } from '../model/article.ts';
import { submitChecklist } from '../model/submitChecklist.ts';
import { allowedActions, applyTransition, WorkflowError } from '../model/workflow.ts';
import type { Stores } from '../stores.ts';
import type { Session } from './sessionService.ts';
import { msg } from '../i18n/coreMessages.ts';

/** Moves articles through the newsroom. The model's transition table is the guard for every call. */
export function workflowService(stores: Stores, session: Session): NewsdeskApi['workflow'] {
  return {
    async transition(id, action, note) {
      const user = session.requireUser();
      const article = await stores.articles.get(id);
      let next;
      try {
        next = applyTransition(article, action, user, { rules: stores.newsroom.current, note, now: new Date() });
      } catch (error) {
        if (error instanceof WorkflowError) throw NewsdeskError.of(error.detail, 'forbidden');
        throw error;
      }
      return stores.articles.save(next, { by: user.username, reason: 'transition', note: note?.trim() || undefined });
    },
    async options(id) {
      const user = session.requireUser();
      const article = await stores.articles.get(id);
      return { actions: allowedActions(article, user, stores.newsroom.current), checklist: submitChecklist(article) };
    },
    async queue() {
      session.requireRole('editor');
      return stores.articles.list({ state: 'submitted' }).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
    },
    async counts() {
      session.requireUser();
      const counts = Object.fromEntries(ARTICLE_STATES.map((state) => [state, 0])) as Record<ArticleState, number>;
      for (const article of stores.articles.list()) counts[article.state]++;
      return counts;
    },
    async comment(id, { text, parentId, anchor }) {
      const user = session.requireUser();
      const article = await stores.articles.get(id);
      const comments = article.comments ?? [];
      if (parentId && !comments.some((c) => c.id === parentId)) throw NewsdeskError.of(msg('error.comment.noParent'), 'not-found');
      const comment = {
        id: randomUUID(),
        author: user.username,
        at: new Date().toISOString(),
        text: text.trim(),
        ...(parentId ? { parentId } : {}),
        ...(anchor ? { anchor } : {}),
      };
      return stores.articles.save({ ...article, comments: [...comments, comment] }, { by: user.username, reason: 'edit' });
    },
    async resolveComment(id, commentId) {
      const user = session.requireUser();
      const article = await stores.articles.get(id);
      if (user.role !== 'editor' && article.author !== user.username) {
        throw NewsdeskError.of(msg('error.comment.resolveRole'), 'forbidden');
      }
      const comments = article.comments ?? [];
      if (!comments.some((c) => c.id === commentId)) throw NewsdeskError.of(msg('error.comment.notFound'), 'not-found');
      const resolved = { by: user.username, at: new Date().toISOString() };
      const marked = comments.map((c) => (c.id === commentId && !c.resolved ? { ...c, resolved } : c));
      return stores.articles.save({ ...article, comments: marked }, { by: user.username, reason: 'edit' });
    },
  };
}
