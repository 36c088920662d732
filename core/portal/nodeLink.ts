import type { PortalLink } from '../model/article.ts';

/** The article's record of its node, as the portal just reported it. */
export function portalLinkOf(node: NodeResource, base: string, now: string): PortalLink {
  const { attributes } = node;
  const alias = (attributes.path as { alias?: string | null } | undefined)?.alias;
  return {
    nid: attributes.drupal_internal__nid,
    url: `${base}${alias || `/node/${attributes.drupal_internal__nid}`}`,
    changed: attributes.changed,
    revision: attributes.drupal_internal__vid,
    moderationState: attributes.moderation_state,
    syncedAt: now,
  };
}

/** A node as JSON:API serialises it (the fields the sync reads). */
export interface NodeResource {
  id: string;
  attributes: Record<string, unknown> & {
    drupal_internal__nid: number;
    drupal_internal__vid: number;
    changed: string;
    moderation_state: string;
  };
  relationships?: Record<string, { data: unknown } | undefined>;
}
