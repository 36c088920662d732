import { whenIdle } from '../../../shared/whenIdle.ts';

export interface DraftKeeperTiming {
  /** A copy goes once the writer has stopped changing the article this long… */
  pauseMs: number;
  /** …and during steady typing at the latest this long after the first change it does not hold yet. */
  maxWaitMs: number;
  /** Longest wait for a quiet moment of the page before the copy is made anyway. */
  idleTimeoutMs: number;
}

export const DRAFT_KEEPER_TIMING: DraftKeeperTiming = { pauseMs: 500, maxWaitMs: 2_000, idleTimeoutMs: 500 };

/**
 * Sends a recovery copy of the article after changes, so that a crash of the page loses at most
 * the last couple of seconds of typing. A copy is the whole article, so it is not made per
 * keystroke: it goes when typing pauses, at the latest `maxWaitMs` into steady typing, and in a
 * quiet moment of the page (between keystrokes), one at a time, the last change always sent.
 * The core drops the copy on every save, so saves must not be overtaken by older copies: a save
 * first waits for the copy in flight (`settled`), and asks for a fresh copy when one was sent
 * while it was under way (it may have reached the core first). A copy never waits for a save: a
 * save that hangs does not stop them. A copy that fails is not retried until the next change: the
 * autosave, whose errors the writer sees, is what keeps the work.
 */
export class DraftKeeper {
  private pending = false;
  /** When the oldest change not in a copy was made (null: none waiting). */
  private firstUnsent: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private cancelIdle: (() => void) | null = null;
  private inFlight: Promise<void> | null = null;
  /** How many copies have been sent, to tell whether one went out during a save. */
  sent = 0;

  constructor(
    private readonly keep: () => Promise<void>,
    private readonly timing: DraftKeeperTiming = DRAFT_KEEPER_TIMING,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  changed(): void {
    this.pending = true;
    this.firstUnsent ??= this.clock();
    this.schedule();
  }

  /** Resolves once no copy is on its way to the core. */
  async settled(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  /** Drops the copy waiting for its turn (the screen is going away, or its work was just saved). */
  dispose(): void {
    this.pending = false;
    this.firstUnsent = null;
    this.clearWaits();
  }

  private clearWaits(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.cancelIdle?.();
    this.cancelIdle = null;
  }

  /** (Re)starts the wait for a pause, cut short by the longest wait; nothing while a copy is on its way. */
  private schedule(): void {
    if (this.inFlight || this.cancelIdle || this.firstUnsent === null) return;
    if (this.timer) clearTimeout(this.timer);
    const latest = this.firstUnsent + this.timing.maxWaitMs - this.clock();
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.cancelIdle = whenIdle(() => {
          this.cancelIdle = null;
          void this.send();
        }, this.timing.idleTimeoutMs);
      },
      Math.max(0, Math.min(this.timing.pauseMs, latest)),
    );
  }

  private async send(): Promise<void> {
    if (!this.pending) return;
    this.pending = false;
    this.firstUnsent = null;
    this.sent += 1;
    this.inFlight = this.keep().catch(() => undefined);
    await this.inFlight;
    this.inFlight = null;
    if (this.pending) {
      // Changes made while the copy was on its way wait no longer than they would have without it.
      this.firstUnsent ??= this.clock();
      this.schedule();
    }
  }
}
