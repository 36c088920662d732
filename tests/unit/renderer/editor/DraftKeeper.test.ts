import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftKeeper } from '../../../../renderer/editor/plugins/autosave/DraftKeeper.ts';

/** A `keep` whose calls stay open until the test answers them. */
function keepCalls() {
  const calls: Array<{ at: number; resolve(): void; reject(error: Error): void }> = [];
  const keep = () => new Promise<void>((resolve, reject) => calls.push({ at: Date.now(), resolve, reject }));
  return { calls, keep };
}

const TIMING = { pauseMs: 500, maxWaitMs: 2_000, idleTimeoutMs: 500 };

describe('DraftKeeper', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does not copy the article per keystroke: while the writer types on, one copy every two seconds at most, the last change once typing pauses', async () => {
    const { calls, keep } = keepCalls();
    const keeper = new DraftKeeper(
      () => keep().then(() => undefined),
      TIMING,
      () => Date.now(),
    );
    const start = Date.now();
    // Five seconds of steady typing, a key every 100 ms; each copy lands at once.
    for (let key = 0; key < 50; key++) {
      keeper.changed();
      await vi.advanceTimersByTimeAsync(100);
      for (const call of calls) call.resolve();
    }
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < calls.length; i++) expect(calls[i]!.at - calls[i - 1]!.at).toBeGreaterThanOrEqual(2_000);
    // The writer stops: what was typed since the last copy goes once the pause is long enough.
    const stopped = Date.now();
    const before = calls.length;
    await vi.advanceTimersByTimeAsync(400);
    expect(calls).toHaveLength(before);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toHaveLength(before + 1);
    expect(calls.at(-1)!.at - stopped).toBeLessThanOrEqual(600);
    // Nothing was held longer than the longest wait (and a quiet moment of the page).
    expect(calls[0]!.at - start).toBeLessThanOrEqual(2_000 + 100);
  });

  it('sends one copy at a time; what changed meanwhile goes after it', async () => {
    const { calls, keep } = keepCalls();
    const keeper = new DraftKeeper(keep, TIMING, () => Date.now());
    keeper.changed();
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(1);
    // Typing on while the copy is on its way: nothing more is sent until it lands.
    keeper.changed();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(calls).toHaveLength(1);
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toHaveLength(2); // the change is already older than the longest wait: it goes at once
    calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toHaveLength(2);
    expect(keeper.sent).toBe(2);
  });

  it('tells when no copy is in flight, and tries a failed copy again only on the next change', async () => {
    const { calls, keep } = keepCalls();
    const keeper = new DraftKeeper(keep, TIMING, () => Date.now());
    keeper.changed();
    await vi.advanceTimersByTimeAsync(600);
    let settled = false;
    void keeper.settled().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    calls[0]!.reject(new Error('đĩa đầy'));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toHaveLength(1);
    keeper.changed();
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(2);
  });

  it('drops a waiting copy when disposed', async () => {
    const { calls, keep } = keepCalls();
    const keeper = new DraftKeeper(keep, TIMING, () => Date.now());
    keeper.changed();
    await vi.advanceTimersByTimeAsync(600);
    calls[0]!.resolve();
    keeper.changed();
    keeper.dispose();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toHaveLength(1);
  });
});
