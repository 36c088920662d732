/**
 * What the main process does when something goes wrong where no screen can show it: every error is
 * logged, each distinct one is shown to the user once (never a storm of dialogs), and a crashed page
 * is reloaded unless it keeps crashing.
 */

export type ErrorOrigin = 'uncaught exception' | 'unhandled rejection';

export interface MainErrorHooks {
  log(message: string, details: Record<string, unknown>): void;
  /** Shows the one-line description of an error the user has not seen yet. */
  show(description: string): void;
}

function describe(error: unknown): { description: string; stack: string | undefined } {
  if (error instanceof Error) return { description: error.message.split('\n')[0] || error.name, stack: error.stack };
  return { description: String(error).split('\n')[0] ?? '', stack: undefined };
}

/** Returns the handler for `uncaughtException` and `unhandledRejection`. */
export function mainErrorReporter({ log, show }: MainErrorHooks): (error: unknown, origin: ErrorOrigin) => void {
  const shown = new Set<string>();
  return (error, origin) => {
    const { description, stack } = describe(error);
    log(`main process ${origin}`, { error: description, stack });
    // The same fault firing on every timer tick is one problem to the user, not a hundred.
    const key = `${description}\n${stack?.split('\n')[1]?.trim() ?? ''}`;
    if (shown.has(key)) return;
    shown.add(key);
    show(description);
  };
}

export interface ReloadPolicy {
  maxReloads: number;
  withinMs: number;
}

export const PAGE_RELOAD_POLICY: ReloadPolicy = { maxReloads: 3, withinMs: 60_000 };

/**
 * Decides, each time the page's process is gone, whether to reload it: yes, unless it has already
 * been reloaded `maxReloads` times within `withinMs` — then reloading would only loop.
 */
export function pageReloadGuard(policy: ReloadPolicy = PAGE_RELOAD_POLICY, now: () => number = Date.now): () => boolean {
  const reloads: number[] = [];
  return () => {
    const time = now();
    while (reloads.length > 0 && time - reloads[0]! >= policy.withinMs) reloads.shift();
    if (reloads.length >= policy.maxReloads) return false;
    reloads.push(time);
    return true;
  };
}

/** Chromium's reasons a page process ends; a clean exit is the window closing, not a crash. */
export function isCrash(reason: string): boolean {
  return reason !== 'clean-exit';
}
