import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { catalogues, locales, type Language } from './languages.ts';
import { loadLanguage, saveLanguage } from './languageStore.ts';
import { translator, type Translate } from './translate.ts';

export interface I18n {
  language: Language;
  locale: string;
  setLanguage(language: Language): void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

/** `onLanguage` hears the language in use at start and after each change. */
export function I18nProvider({ children, onLanguage }: { children: ReactNode; onLanguage?: (language: Language) => void }) {
  const [language, setLanguageState] = useState<Language>(loadLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
    onLanguage?.(language);
  }, [language, onLanguage]);

  const setLanguage = useCallback((next: Language) => {
    saveLanguage(next);
    setLanguageState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const locale = locales[language];
    return { language, locale, setLanguage, t: translator(catalogues[language], locale) };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() needs an <I18nProvider> above it');
  return i18n;
}

export function useT(): Translate {
  return useI18n().t;
}
