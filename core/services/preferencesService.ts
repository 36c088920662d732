import type { NewsdeskApi } from '../api.ts';
import type { PreferencesStore } from '../store/PreferencesStore.ts';

/**
 * The desk's preferences. Open before sign-in: the language is chosen on the sign-in screen too,
 * and the desktop's menus follow it.
 */
export function preferencesService(preferences: PreferencesStore): NewsdeskApi['preferences'] {
  return {
    async get() {
      return preferences.current;
    },
    async setLanguage(language) {
      return preferences.update({ language });
    },
  };
}
