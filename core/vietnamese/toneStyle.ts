import { moveTone, parseSyllable } from './syllable.ts';

/**
 * Where the tone goes in open syllables on oa, oe and uy: `traditional` writes hoà, khoẻ, thuỷ
 * (on the second vowel), `modern` writes hòa, khỏe, thủy (on the first). Other syllables are the same
 * in both (hoàng, thuyết, quý).
 */
export type ToneStyle = 'traditional' | 'modern';
export const TONE_STYLES: readonly ToneStyle[] = ['traditional', 'modern'];

const DISPUTED = new Set(['oa', 'oe', 'uy']);
const WORD = /[\p{L}\p{M}]+/gu;

/** The style a word is written in, or null when the two styles write it the same. */
export function toneStyleOf(word: string): ToneStyle | null {
  const parts = parseSyllable(word);
  if (!parts || parts.toneAt < 0 || parts.final !== '' || !DISPUTED.has(parts.nucleus)) return null;
  const firstVowel = [...word.normalize('NFC')].length - parts.nucleus.length;
  return parts.toneAt === firstVowel ? 'modern' : 'traditional';
}

/** The word written in the given style (unchanged when the styles agree on it). */
export function inToneStyle(word: string, style: ToneStyle): string {
  const current = toneStyleOf(word);
  if (current === null || current === style) return word;
  const firstVowel = [...word.normalize('NFC')].length - 2;
  return moveTone(word, style === 'modern' ? firstVowel : firstVowel + 1);
}

/** The text with every word written in the given style; nothing else changes. */
export function applyToneStyle(text: string, style: ToneStyle): string {
  return text.normalize('NFC').replace(WORD, (word) => inToneStyle(word, style));
}

export interface ToneStyleCount {
  traditional: string[];
  modern: string[];
}

/** The words of the text written in each style (each word once). */
export function countToneStyles(text: string): ToneStyleCount {
  const found = { traditional: new Set<string>(), modern: new Set<string>() };
  for (const word of text.normalize('NFC').match(WORD) ?? []) {
    const style = toneStyleOf(word);
    if (style) found[style].add(word);
  }
  return { traditional: [...found.traditional], modern: [...found.modern] };
}
