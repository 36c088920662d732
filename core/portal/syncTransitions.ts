import type { Article, PortalLink } from '../model/article.ts';
import type { SyncAction } from '../model/sync.ts';
import type { TransitionRecord } from '../model/transitionRecord.ts';

/**
 * The only workflow moves the sync makes, kept together so they can join the workflow module:
 * an approved article is published (a correction of one already on the portal updates its node),
 * an archived article that the portal still shows is archived there.
 */
export function syncActionFor(article: Pick<Article, 'state' | 'portal'>): SyncAction | null {
  if (article.state === 'approved') return 'publish';
  if (article.state === 'archived' && article.portal && article.portal.moderationState !== 'archived') return 'archive';
  return null;
}

/**
 * The article after the portal accepted it: the portal's record, and `published` for an approved
 * one, recorded as a workflow step like any other.
 */
export function afterSync(article: Article, action: SyncAction, link: PortalLink, now: string): Article {
  if (action !== 'publish' || article.state !== 'approved') return { ...article, portal: link };
  const step: TransitionRecord = { action: 'publish', from: 'approved', to: 'published', by: PORTAL_SYNC, at: now };
  return { ...article, state: 'published', portal: link, updatedAt: now, transitions: [...(article.transitions ?? []), step] };
}

/** Who the history names for a publication: the sync, on behalf of the editor who approved it. */
export const PORTAL_SYNC = 'đồng bộ cổng thông tin';
