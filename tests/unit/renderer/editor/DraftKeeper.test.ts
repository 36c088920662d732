import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftKeeper } from '../../../../renderer/editor/plugins/autosave/DraftKeeper.ts';

/** A `keep` whose calls stay open until the test answers them. */
function keepCalls() {
  const calls: Array<{ resolve(): void; reject(error: Error): void }> = [];
  const keep = () => new Promise<void>((resolve, reject) => calls.push({ resolve, reject }));
  return { calls, keep };
}

describe('DraftKeeper', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the first change at once, then at most one copy per interval, one at a time, and always the last change', async () => {
    const { calls, keep } = keepCalls();
    const keeper = new DraftKeeper(keep, 150, () => Date.now());
    keeper.changed();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);

    // Typing on while the copy is on its way: nothing more is sent until it lands.
    keeper.changed();
    keeper.changed();
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toHaveLength(1);
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2); // the interval has passed: the latest text goes at once

    calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    keeper.changed();
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toHaveLength(2); // within the interval of the last copy
    await vi.advanceTimersByTimeAsync(60);
    expect(calls).toHaveLength(3);
    expect(keeper.sent).toBe(3);
  });

  it('tells when no copy is in flight, and tries a failed copy again only on the next change', async () => {
    const { calls, keep } = keepCalls();
    const keeper = new DraftKeeper(keep, 150, () => Date.now());
    keeper.changed();
    await vi.advanceTimersByTimeAsync(0);
    let settled = false;
    void keeper.settled().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    calls[0]!.reject(new Error('đĩa đầy'));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toHaveLength(1);
    keeper.changed();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
  });

  it('drops a waiting copy when disposed', async () => {
    const { calls, keep } = keepCalls();
    const keeper = new DraftKeeper(keep, 150, () => Date.now());
    keeper.changed();
    await vi.advanceTimersByTimeAsync(0);
    calls[0]!.resolve();
    keeper.changed();
    keeper.dispose();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toHaveLength(1);
  });
});
