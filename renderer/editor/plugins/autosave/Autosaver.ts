export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export interface SaveState {
  status: SaveStatus;
  error?: unknown;
}

/**
 * Saves changes without being asked: the first change after a save starts a short timer (not
 * restarted by further typing, so continuous typing is still saved every `delayMs`), one save
 * at a time, and whatever changed during a save is saved right after it. `flush()` saves at once
 * (Ctrl+S, leaving the editor) and tells whether everything is on disk.
 */
export class Autosaver {
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private failed: unknown = null;
  private shown: SaveStatus = 'saved';

  constructor(
    private readonly save: () => Promise<void>,
    private readonly onState: (state: SaveState) => void,
    private readonly delayMs = 600,
  ) {}

  /** Something changed that is not saved yet. */
  changed(): void {
    this.dirty = true;
    // Told once per pending spell, not per keystroke: each report renders the save indicator again.
    if (!this.inFlight && this.shown !== 'pending') this.report({ status: 'pending' });
    this.schedule();
  }

  get hasUnsavedWork(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  /** Saves now; resolves true when everything is saved, false when the save failed (the state says why). */
  async flush(): Promise<boolean> {
    this.clearTimer();
    if (this.inFlight) await this.inFlight;
    if (this.dirty) await this.run();
    if (this.inFlight) await this.inFlight;
    return !this.dirty && this.failed === null;
  }

  /** Stops the timer (the screen is going away; it flushed first). */
  dispose(): void {
    this.clearTimer();
  }

  private schedule(): void {
    if (this.timer || this.inFlight) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, this.delayMs);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private run(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (!this.dirty) return Promise.resolve();
    this.dirty = false;
    this.report({ status: 'saving' });
    this.inFlight = this.save().then(
      () => {
        this.failed = null;
        this.inFlight = null;
        if (this.dirty) {
          this.report({ status: 'pending' });
          this.schedule();
        } else {
          this.report({ status: 'saved' });
        }
      },
      (error: unknown) => {
        // The changes are still unsaved: the next change or the next flush tries again.
        this.failed = error;
        this.dirty = true;
        this.inFlight = null;
        this.report({ status: 'error', error });
      },
    );
    return this.inFlight;
  }

  private report(state: SaveState): void {
    this.shown = state.status;
    this.onState(state);
  }
}
