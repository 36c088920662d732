/**
 * Runs `run` when the page has a moment with nothing to do (between keystrokes and frames), and
 * at the latest after `timeoutMs`; where the browser cannot tell (tests), on the next turn.
 * Returns what cancels it.
 */
export function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}
