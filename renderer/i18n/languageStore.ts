import type { NewsdeskApi } from '../../core/api.ts';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages.ts';

/** Where an earlier Newsdesk kept the choice, in the browser's storage of this page only. */
const LEGACY_KEY = 'newsdesk.language';

type Preferences = NewsdeskApi['preferences'];
type KeyValueStorage = Pick<Storage, 'getItem' | 'removeItem'>;

/**
 * The interface language at start. It is stored once, in the data folder's preferences, so the
 * page, the desktop shell's menus and dialogs read the same choice; a choice an earlier version
 * kept in the browser's storage moves there the first time, and is then removed.
 */
export async function startLanguage(preferences: Preferences, storage: KeyValueStorage | null): Promise<Language> {
  const kept = legacyChoice(storage);
  try {
    if (kept === null) return (await preferences.get()).language;
    const saved = await preferences.setLanguage(kept);
    storage?.removeItem(LEGACY_KEY);
    return saved.language;
  } catch {
    // The preferences cannot be read now: the page still opens, in the language it knows of.
    return kept ?? DEFAULT_LANGUAGE;
  }
}

/** Stores a new choice; when that fails the choice lasts for this window only, and the page carries on. */
export function saveLanguage(preferences: Preferences, language: Language): void {
  void preferences.setLanguage(language).catch(() => undefined);
}

function legacyChoice(storage: KeyValueStorage | null): Language | null {
  try {
    const value = storage?.getItem(LEGACY_KEY) ?? null;
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}
