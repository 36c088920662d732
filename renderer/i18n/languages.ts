import { InterfaceLanguageSchema, type InterfaceLanguage } from '../../core/model/preferences.ts';
import { coreCatalogues, type CoreMessageKey } from '../../core/i18n/coreMessages.ts';
import { en } from './en.ts';
import { vi, type Messages } from './vi.ts';

export const LANGUAGES = InterfaceLanguageSchema.options;
export type Language = InterfaceLanguage;

/** What the page shows in each language: its own messages and the core's (errors, names), composed here. */
export type Catalogue = Messages & Readonly<Record<CoreMessageKey, string>>;

export const catalogues: Record<Language, Catalogue> = { vi: { ...vi, ...coreCatalogues.vi }, en: { ...en, ...coreCatalogues.en } };

/** BCP 47 tag used for dates and numbers. */
export const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/** Each language is named in itself, so a reader can find their own in either UI. */
export const nativeNames: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };

export const DEFAULT_LANGUAGE: Language = 'vi';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
