import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type SaveStatus } from '../../../../renderer/editor/plugins/autosave/Autosaver.ts';

/** A `save` whose calls stay open until the test answers them. */
function saveCalls() {
  const calls: Array<{ resolve(): void; reject(error: Error): void }> = [];
  const save = () => new Promise<void>((resolve, reject) => calls.push({ resolve, reject }));
  return { calls, save };
}

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once after a pause, however much was typed, and says so', async () => {
    const { calls, save } = saveCalls();
    const states: SaveStatus[] = [];
    const saver = new Autosaver(save, (state) => states.push(state.status), 600);
    saver.changed();
    await vi.advanceTimersByTimeAsync(300);
    saver.changed();
    expect(calls).toHaveLength(0);
    // Typing on does not push the save back: it goes 600 ms after the first change.
    await vi.advanceTimersByTimeAsync(300);
    expect(calls).toHaveLength(1);
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    // Told once per spell of typing, not once per keystroke.
    expect(states).toEqual(['pending', 'saving', 'saved']);
    expect(saver.hasUnsavedWork).toBe(false);
  });

  it('saves what changed during a save right after it, one save at a time', async () => {
    const { calls, save } = saveCalls();
    const saver = new Autosaver(save, () => undefined, 600);
    saver.changed();
    await vi.advanceTimersByTimeAsync(600);
    saver.changed();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toHaveLength(1);
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(2);
    expect(saver.hasUnsavedWork).toBe(true);
  });

  it('flushes at once and tells whether everything is on disk; a failure is reported, not lost', async () => {
    const { calls, save } = saveCalls();
    const states: Array<{ status: SaveStatus; error?: unknown }> = [];
    const saver = new Autosaver(save, (state) => states.push(state), 600);
    saver.changed();
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    calls[0]!.reject(new Error('đĩa đầy'));
    expect(await flushed).toBe(false);
    expect(states.at(-1)).toMatchObject({ status: 'error' });
    saver.changed();
    const again = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    calls[1]!.resolve();
    expect(await again).toBe(true);
    expect(states.at(-1)).toEqual({ status: 'saved' });
  });

  it('tells the screen each change of save state once, not once per keystroke, and saves typing every interval', async () => {
    const shown: SaveStatus[] = [];
    let saves = 0;
    const autosaver = new Autosaver(
      async () => void saves++,
      (state) => shown.push(state.status),
      600,
    );
    for (let key = 0; key < 50; key++) autosaver.changed();
    expect(shown).toEqual(['pending']);

    await vi.advanceTimersByTimeAsync(600);
    expect(saves).toBe(1);
    expect(shown).toEqual(['pending', 'saving', 'saved']);

    for (let key = 0; key < 20; key++) autosaver.changed();
    await vi.advanceTimersByTimeAsync(600);
    expect(saves).toBe(2);
    expect(shown).toEqual(['pending', 'saving', 'saved', 'pending', 'saving', 'saved']);
  });

  it('after a failed save, the next keystroke shows the work as pending again', async () => {
    const shown: SaveStatus[] = [];
    const autosaver = new Autosaver(
      () => Promise.reject(new Error('đĩa đầy')),
      (state) => shown.push(state.status),
      600,
    );
    autosaver.changed();
    expect(await autosaver.flush()).toBe(false);
    expect(shown).toEqual(['pending', 'saving', 'error']);
    autosaver.changed();
    autosaver.changed();
    expect(shown).toEqual(['pending', 'saving', 'error', 'pending']);
    autosaver.dispose();
  });
});
