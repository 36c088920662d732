import { PortalError } from './PortalError.ts';

export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  capMs: number;
  random(): number;
  sleep(ms: number): Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 5,
  baseMs: 500,
  capMs: 30_000,
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * The wait before attempt `attempt + 1`: exponential, with jitter so that many clients do not
 * return at once, and never shorter than the portal's own `Retry-After`.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, retryAfterMs?: number): number {
  const exponential = Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1));
  const jittered = exponential * (0.5 + policy.random() / 2);
  return Math.max(retryAfterMs ?? 0, Math.round(jittered));
}

/**
 * Runs `attempt` until it succeeds, fails for good, or the attempts are spent. A timeout is not
 * tried again here: a portal that does not answer holds the rest of the run for the next one.
 */
export async function withRetries<T>(policy: RetryPolicy, attempt: (n: number) => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (!(error instanceof PortalError) || !error.retriable || error.kind === 'timeout' || n >= policy.maxAttempts) throw error;
      await policy.sleep(backoffDelay(n, policy, error.retryAfterMs));
    }
  }
}
