import { createHash } from 'node:crypto';
import type { Article, PortalLink } from '../model/article.ts';
import { documentText } from '../model/document.ts';
import type { SyncAction } from '../model/sync.ts';
import { applyTransition, portalActor, type WorkflowAction } from '../model/workflow.ts';

/**
 * What the sync has to send for an article: a workflow step made here that the portal does not
 * hold yet (a submission, a request for changes), an approved article to publish, an archived one
 * the portal still shows. Sample articles never go to a portal.
 */
export function syncActionFor(article: Pick<Article, 'state' | 'portal' | 'transitions' | 'sample'>): SyncAction | null {
  if (article.sample) return null;
  const steps = article.transitions?.length ?? 0;
  const unsent = !article.portal || article.portal.steps === undefined || steps > article.portal.steps;
  switch (article.state) {
    case 'submitted':
      return unsent && article.transitions?.at(-1)?.action === 'submit' ? 'submit' : null;
    case 'changes_requested':
      return article.portal && unsent ? 'request-changes' : null;
    case 'approved':
      return 'publish';
    case 'archived':
      return article.portal && article.portal.moderationState !== 'archived' ? 'archive' : null;
    default:
      return null;
  }
}

/** A sample article that would be sent were it not a sample: the sync leaves it out and says so. */
export function heldAsSample(article: Pick<Article, 'state' | 'portal' | 'transitions' | 'sample'>): boolean {
  return article.sample === true && syncActionFor({ ...article, sample: false }) !== null;
}

/** The note of the step being sent: it travels in the node revision's `revision_log`. */
export function stepNote(article: Pick<Article, 'transitions'>): string {
  return article.transitions?.at(-1)?.note ?? '';
}

/**
 * A step that happened on the portal (or that the portal just confirmed), recorded through the
 * one workflow function in the name of the portal account that made it. The portal already
 * checked who may make the move (per-account transition permissions), so the newsroom's own
 * role rules are not asked again here; the state machine still is.
 */
export function recordPortalStep(article: Article, action: WorkflowAction, account: string, note: string | undefined, now: Date): Article {
  return applyTransition(article, action, portalActor(account), { rules: { allowSelfApproval: true }, note, now });
}

/** The article after the portal accepted what was sent: its record, and for an approval the publication. */
export function afterPush(article: Article, action: SyncAction, link: PortalLink, account: string, now: Date): Article {
  const published =
    action === 'publish' && article.state === 'approved' ? recordPortalStep(article, 'publish', account, undefined, now) : article;
  return { ...published, portal: { ...link, steps: published.transitions?.length ?? 0, contentHash: contentHash(published) } };
}

/** A fingerprint of what a reader sees of the article (title, sapo, byline and body). */
export function contentHash(article: Pick<Article, 'title' | 'sapo' | 'byline' | 'body'>): string {
  return createHash('sha256')
    .update(JSON.stringify([article.title, article.sapo, article.byline, documentText(article.body)]))
    .digest('hex')
    .slice(0, 32);
}

/** Who the history names for a publication made by an older Newsdesk: the sync itself. */
export const PORTAL_SYNC = 'đồng bộ cổng thông tin';
