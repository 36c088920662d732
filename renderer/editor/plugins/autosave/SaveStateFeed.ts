import { whenIdle } from '../../../shared/whenIdle.ts';
import type { SaveState } from './Autosaver.ts';

/** The longest the indicator waits for a quiet moment of the page to show a new save state. */
const SHOWN_WITHIN_MS = 150;

/**
 * The autosave's state as the save indicator shows it. It is kept here rather than in the editor
 * screen's state, so that a change re-renders the indicator alone, and passed on in a quiet moment
 * of the page: the first keystroke after a save ("Đang lưu…") is painted before the indicator
 * changes, not after the screen around the editor has been drawn again.
 */
export class SaveStateFeed {
  private latest: SaveState = { status: 'saved' };
  private shown: SaveState = this.latest;
  private readonly listeners = new Set<() => void>();
  private cancelShow: (() => void) | null = null;

  readonly report = (state: SaveState): void => {
    this.latest = state;
    this.cancelShow ??= whenIdle(() => {
      this.cancelShow = null;
      this.shown = this.latest;
      for (const listener of this.listeners) listener();
    }, SHOWN_WITHIN_MS);
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The state shown now (the same object until the next one is shown). */
  readonly current = (): SaveState => this.shown;

  dispose(): void {
    this.cancelShow?.();
    this.cancelShow = null;
  }
}
