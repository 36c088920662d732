/** Vietnamese text is stored composed (NFC); input often arrives decomposed from Word or macOS. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/** Words as readers count them: runs of letters or digits separated by spaces or punctuation. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,/-]*/gu)?.length ?? 0;
}

/** Words a reader gets through in a minute of Vietnamese news text. */
export const WORDS_PER_MINUTE = 220;

/** Whole minutes to read `words` words; at least one for any text at all. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** A copy of a JSON value with every string in it composed (NFC): for a whole article on save or import. */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return toNfc(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => nfcDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, nfcDeep(item)])) as T;
  }
  return value;
}
