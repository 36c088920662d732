/** Who is editing an article now, from which running Newsdesk, and when that app last said so. */
export interface EditLock {
  articleId: string;
  username: string;
  displayName: string;
  instance: string;
  heartbeatAt: string;
}

/** A lock whose app has not renewed it for this long is taken to be gone (closed, crashed, unplugged). */
export const LOCK_EXPIRES_MS = 2 * 60_000;
/** How often an open editor renews its lock. */
export const LOCK_HEARTBEAT_MS = 30_000;
