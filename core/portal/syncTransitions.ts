import type { Article, PortalLink } from '../model/article.ts';
import type { SyncAction } from '../model/sync.ts';

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

/** The article after the portal accepted it: the portal's record, and `published` for an approved one. */
export function afterSync(article: Article, action: SyncAction, link: PortalLink, now: string): Article {
  const state = action === 'publish' && article.state === 'approved' ? 'published' : article.state;
  return { ...article, state, portal: link, updatedAt: state === article.state ? article.updatedAt : now };
}
