import { describe, expect, it } from 'vitest';
import type { NewsdeskApi } from '../../../../core/api.ts';
import type { InterfaceLanguage } from '../../../../core/model/preferences.ts';
import { startLanguage } from '../../../../renderer/i18n/languageStore.ts';

/** The data folder's preferences, as the contract gives them, held in memory; `broken` answers every call with a failure. */
function preferences(stored: InterfaceLanguage, broken = false) {
  const state = { language: stored, writes: 0 };
  const api: NewsdeskApi['preferences'] = {
    get: async () => {
      if (broken) throw new Error('unreachable');
      return { language: state.language };
    },
    setLanguage: async (language) => {
      if (broken) throw new Error('unreachable');
      state.writes++;
      state.language = language;
      return { language };
    },
  };
  return { api, state };
}

/** The page's browser storage, where an earlier version kept the language. */
function storage(entries: Record<string, string> = {}) {
  const items = new Map(Object.entries(entries));
  return { getItem: (key: string) => items.get(key) ?? null, removeItem: (key: string) => void items.delete(key), items };
}

describe('the stored interface language', () => {
  it('is read from the data folder’s preferences, the one place the shell’s menus read too', async () => {
    const { api, state } = preferences('en');
    expect(await startLanguage(api, storage())).toBe('en');
    expect(state.writes).toBe(0);
  });

  it('moves a choice an earlier version kept in the browser into the preferences once, then forgets it there', async () => {
    const { api, state } = preferences('vi');
    const browser = storage({ 'newsdesk.language': 'en' });
    expect(await startLanguage(api, browser)).toBe('en');
    expect(state).toEqual({ language: 'en', writes: 1 });
    expect(browser.items.has('newsdesk.language')).toBe(false);
    // The next start reads the preferences alone: choosing Vietnamese later is not undone by the old value.
    state.language = 'vi';
    expect(await startLanguage(api, browser)).toBe('vi');
    expect(state.writes).toBe(1);
  });

  it('ignores a value in the browser that is no language, and opens in Vietnamese when the preferences cannot be read', async () => {
    const { api } = preferences('en');
    expect(await startLanguage(api, storage({ 'newsdesk.language': 'fr' }))).toBe('en');
    expect(await startLanguage(preferences('en', true).api, null)).toBe('vi');
    const browser = storage({ 'newsdesk.language': 'en' });
    expect(await startLanguage(preferences('vi', true).api, browser)).toBe('en');
    expect(browser.items.has('newsdesk.language')).toBe(true);
  });
});
