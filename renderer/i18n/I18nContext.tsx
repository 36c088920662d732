import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { catalogues, DEFAULT_LANGUAGE, locales, type Language } from './languages.ts';
import { translator, type Translate } from './translate.ts';

export interface I18n {
  language: Language;
  locale: string;
  setLanguage(language: Language): void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

/**
 * The page's language: `initial` is the stored choice read at start; `onChange` stores a new one
 * (the data folder's preferences, which the desktop shell's menus follow).
 */
export function I18nProvider({
  children,
  initial = DEFAULT_LANGUAGE,
  onChange,
}: {
  children: ReactNode;
  initial?: Language;
  onChange?: (language: Language) => void;
}) {
  const [language, setLanguageState] = useState<Language>(initial);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback(
    (next: Language) => {
      onChange?.(next);
      setLanguageState(next);
    },
    [onChange],
  );

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
