import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveStateFeed } from '../../../../renderer/editor/plugins/autosave/SaveStateFeed.ts';

describe('SaveStateFeed', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the latest save state once the page has a quiet moment, telling the indicator once', async () => {
    const feed = new SaveStateFeed();
    let told = 0;
    feed.subscribe(() => told++);
    const error = new Error('đĩa đầy');

    feed.report({ status: 'pending' });
    feed.report({ status: 'saving' });
    feed.report({ status: 'error', error });
    // The keystroke that started it is painted first: nothing is shown yet.
    expect(feed.current()).toEqual({ status: 'saved' });
    expect(told).toBe(0);

    await vi.runAllTimersAsync();
    expect(feed.current()).toEqual({ status: 'error', error });
    expect(feed.current()).toBe(feed.current());
    expect(told).toBe(1);

    feed.report({ status: 'saved' });
    feed.dispose();
    await vi.runAllTimersAsync();
    expect(feed.current()).toEqual({ status: 'error', error });
    expect(told).toBe(1);
  });
});
