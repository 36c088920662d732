// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleToReopen, noteEditing } from '../../../../renderer/app/resume.ts';

const DRAFT = '9a3b5c7d-1e2f-4a6b-8c9d-0e1f2a3b4c5d';
const OTHER = '0b7d9e21-4f3a-4d6b-8c2e-5a1f9b3c7d42';

/** The page going away without unloading (a crash) leaves storage as it is; a normal unload fires pagehide. */
const unloadNormally = () => window.dispatchEvent(new Event('pagehide'));

describe('reopening the editor after the page went away', () => {
  beforeEach(() => {
    window.localStorage.clear();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('reopens the article that was open when the page crashed, for the same user only', () => {
    noteEditing('bichdiep', DRAFT);
    expect(articleToReopen('bientap', [])).toBeNull();
    expect(articleToReopen('bichdiep', [])).toBe(DRAFT);
  });

  it('starts in the library after the editor closed or the page unloaded normally', () => {
    const close = noteEditing('bichdiep', DRAFT);
    close();
    expect(articleToReopen('bichdiep', [])).toBeNull();
    noteEditing('bichdiep', DRAFT);
    unloadNormally();
    expect(articleToReopen('bichdiep', [])).toBeNull();
  });

  it('puts unsaved work kept by the core first', () => {
    noteEditing('bichdiep', DRAFT);
    expect(articleToReopen('bichdiep', [OTHER, DRAFT])).toBe(OTHER);
    expect(articleToReopen('bichdiep', [])).toBe(OTHER);
  });

  it('gives up after two reopenings that crashed again, and trusts an editor that stayed open half a minute', () => {
    noteEditing('bichdiep', DRAFT);
    expect(articleToReopen('bichdiep', [DRAFT])).toBe(DRAFT);
    noteEditing('bichdiep', DRAFT); // the reopened editor, crashing again at once
    expect(articleToReopen('bichdiep', [DRAFT])).toBe(DRAFT);
    noteEditing('bichdiep', DRAFT);
    expect(articleToReopen('bichdiep', [DRAFT])).toBeNull();
    expect(articleToReopen('bichdiep', [DRAFT])).toBe(DRAFT); // a fresh count the time after

    noteEditing('bichdiep', DRAFT);
    expect(articleToReopen('bichdiep', [DRAFT])).toBe(DRAFT);
    noteEditing('bichdiep', DRAFT);
    vi.advanceTimersByTime(30_000);
    expect(articleToReopen('bichdiep', [DRAFT])).toBe(DRAFT);
    noteEditing('bichdiep', DRAFT);
    expect(articleToReopen('bichdiep', [DRAFT])).toBe(DRAFT);
  });

  it('ignores a note it cannot read', () => {
    window.localStorage.setItem('newsdesk.editing', '{"username":');
    expect(articleToReopen('bichdiep', [])).toBeNull();
  });
});
