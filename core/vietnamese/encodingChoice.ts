import { LEGACY_ENCODINGS, type LegacyEncoding } from './legacyEncoding.ts';

/** How imported text is read: judged from fonts and characters (`auto`) or as the encoding named. */
export type EncodingChoice = 'auto' | LegacyEncoding;
export const ENCODING_CHOICES: readonly EncodingChoice[] = ['auto', ...LEGACY_ENCODINGS];

export function isEncodingChoice(value: string): value is EncodingChoice {
  return (ENCODING_CHOICES as readonly string[]).includes(value);
}
