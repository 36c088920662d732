import { LIST_SEPARATOR, type CoreMessageKey } from '../../core/i18n/coreMessages.ts';
import type { Catalogue } from './languages.ts';
import type { MessageKey } from './vi.ts';

/** A placeholder's value: shown as is (numbers in the reader's format), or another message of the catalogue. */
export type Param = string | number | MessageParam | readonly MessageParam[];
interface MessageParam {
  key: string;
  params?: Params | undefined;
}
export type Params = Readonly<Record<string, Param>>;
export type Translate = (key: MessageKey | CoreMessageKey, params?: Params) => string;

export function translator(messages: Catalogue, locale: string): Translate {
  const numbers = new Intl.NumberFormat(locale);
  const t: Translate = (key, params) => {
    const template = messages[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (typeof value === 'number') return numbers.format(value);
      if (typeof value === 'string') return value;
      const message = (one: MessageParam) => (one.key in messages ? t(one.key as MessageKey, one.params) : whole);
      return Array.isArray(value) ? value.map(message).join(LIST_SEPARATOR) : message(value as MessageParam);
    });
  };
  return t;
}
