import { InterfaceLanguageSchema, type InterfaceLanguage } from '../../core/model/preferences.ts';
import { en } from './en.ts';
import { vi, type Messages } from './vi.ts';

export const LANGUAGES = InterfaceLanguageSchema.options;
export type Language = InterfaceLanguage;

export const catalogues: Record<Language, Messages> = { vi, en };

/** BCP 47 tag used for dates and numbers. */
export const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/** Each language is named in itself, so a reader can find their own in either UI. */
export const nativeNames: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };

export const DEFAULT_LANGUAGE: Language = 'vi';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
