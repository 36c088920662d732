/**
 * Sends a recovery copy of the article soon after every change, far sooner than the autosave (at
 * most one every `intervalMs`, the first at once, one at a time, the last change always sent), so
 * that a crash of the page loses at most the last moment's typing. The core drops the copy on
 * every save, so saves must not be overtaken by older copies: a save first waits for the copy in
 * flight (`settled`), and asks for a fresh copy when one was sent while it was under way (it may
 * have reached the core first). A copy never waits for a save: a save that hangs does not stop them.
 * A copy that fails is not retried until the next change: the autosave, whose errors the writer
 * sees, is what keeps the work.
 */
export class DraftKeeper {
  private pending = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private lastSent = Number.NEGATIVE_INFINITY;
  /** How many copies have been sent, to tell whether one went out during a save. */
  sent = 0;

  constructor(
    private readonly keep: () => Promise<void>,
    private readonly intervalMs = 150,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  changed(): void {
    this.pending = true;
    this.schedule();
  }

  /** Resolves once no copy is on its way to the core. */
  async settled(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  /** Drops the copy waiting for its turn (the screen is going away, or its work was just saved). */
  dispose(): void {
    this.pending = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.timer || this.inFlight) return;
    const wait = Math.max(0, this.lastSent + this.intervalMs - this.clock());
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.send();
    }, wait);
  }

  private async send(): Promise<void> {
    if (!this.pending) return;
    this.pending = false;
    this.lastSent = this.clock();
    this.sent += 1;
    this.inFlight = this.keep().catch(() => undefined);
    await this.inFlight;
    this.inFlight = null;
    if (this.pending) this.schedule();
  }
}
