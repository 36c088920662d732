import type { CoreMessage } from '../i18n/coreMessages.ts';

/** Where one article stands in the portal queue. */
export const SYNC_STATUSES = ['waiting', 'sending', 'sent', 'published', 'archived', 'received', 'failed', 'conflict'] as const;
export type SyncStatus = (typeof SYNC_STATUSES)[number];
/**
 * What the sync does for an article: sends a submission for review, an editor's request for
 * changes, an approval (which publishes), an archiving; or takes in what changed on the portal.
 */
export type SyncAction = 'submit' | 'request-changes' | 'publish' | 'archive' | 'receive';
export type ConflictChoice = 'keep-mine' | 'take-theirs';

/** One side of a conflict, as text the user can compare. */
export interface ConflictSide {
  title: string;
  summary: string;
  body: string;
}

export interface SyncItem {
  articleId: string;
  title: string;
  action: SyncAction;
  status: SyncStatus;
  /**
   * Why it is waiting or failed, in the user's terms (the portal's own detail included): a catalogued
   * message, or plain Vietnamese words in a queue file written before reasons were catalogued.
   */
  reason?: CoreMessage | string;
  /** The public page once published. */
  url?: string;
  conflict?: { mine: ConflictSide; theirs: ConflictSide; changed: string };
  updatedAt: string;
}

export interface SyncOverview {
  running: boolean;
  /** The batch in progress (or the last one): how many articles, how many finished. */
  total: number;
  done: number;
  items: SyncItem[];
  /** The portal stopped answering (or could not be reached) during the last run: why, and how many articles wait for the next one. */
  held?: { reason: CoreMessage; count: number };
}

/** What a sync would do, shown before it does it: what goes out (the user may pick), what comes back. */
export interface SyncPreview {
  outgoing: Array<{ articleId: string; title: string; action: SyncAction }>;
  incoming: Array<{ articleId: string; title: string; moderationState: string }>;
  /** Sample articles that would be due were they not samples: they never go to a portal (said once, in words). */
  samplesHeld: number;
  /** Why the portal could not be asked what changed there (offline, say): what is due still goes to the queue. */
  portalUnreachable?: CoreMessage;
}
