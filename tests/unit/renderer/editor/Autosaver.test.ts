import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type SaveStatus } from '../../../../renderer/editor/plugins/autosave/Autosaver.ts';

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

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
