import { coreMessagesEn } from './coreMessages.en.ts';
import { coreMessagesVi, type CoreMessageKey } from './coreMessages.vi.ts';

export type { CoreMessageKey } from './coreMessages.vi.ts';

export type CoreLanguage = 'vi' | 'en';

/** A parameter of a message: a value shown as is, another catalogued message (a state's name, a reason), or a list of them. */
export type CoreParam = string | number | CoreMessage | readonly CoreMessage[];

/** A message of the core by its key, with what fills its `{placeholders}`: translated where it is shown. */
export interface CoreMessage {
  key: CoreMessageKey;
  params?: Readonly<Record<string, CoreParam>> | undefined;
}

/** The core's messages in each language; the app's catalogues take these in, the command line reads them here. */
export const coreCatalogues: Record<CoreLanguage, Readonly<Record<CoreMessageKey, string>>> = { vi: coreMessagesVi, en: coreMessagesEn };

/** Between the items of a list parameter, in either language. */
export const LIST_SEPARATOR = '; ';

const NUMBER_LOCALES: Record<CoreLanguage, string> = { vi: 'vi-VN', en: 'en-GB' };

/** `message` in `language`, its parameters filled in (nested messages in the same language). */
export function coreText(language: CoreLanguage, message: CoreMessage): string {
  const template = coreCatalogues[language][message.key];
  const numbers = new Intl.NumberFormat(NUMBER_LOCALES[language]);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = message.params?.[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return numbers.format(value);
    if (typeof value === 'string') return value;
    return Array.isArray(value)
      ? value.map((item: CoreMessage) => coreText(language, item)).join(LIST_SEPARATOR)
      : coreText(language, value as CoreMessage);
  });
}

/**
 * A reason kept as a catalogued message, or as the words it was written in (a sync queue file from
 * before reasons were catalogued): in `language` where it can be.
 */
export function reasonText(language: CoreLanguage, reason: CoreMessage | string): string {
  return typeof reason === 'string' ? reason : coreText(language, reason);
}

/** Shorthand for a catalogued message. */
export function msg(key: CoreMessageKey, params?: Record<string, CoreParam>): CoreMessage {
  return params ? { key, params } : { key };
}

export function isCoreMessageKey(key: unknown): key is CoreMessageKey {
  return typeof key === 'string' && key in coreMessagesVi;
}
