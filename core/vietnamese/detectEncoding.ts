import { decodeLegacy, type LegacyEncoding } from './legacyEncoding.ts';
import { isVietnameseSyllable } from './syllable.ts';

/**
 * Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, the Latin Extended Additional block, combining
 * marks): text holding any of them is Unicode, and auto-detection leaves it alone.
 */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|\p{M}/u;
/** A word as an 8-bit encoding hands it over: ASCII letters and Latin-1 characters. */
const LATIN1_WORD = /[A-Za-z\u00a1-\u00fe]+/g;
const HAS_LATIN1 = /[\u00a1-\u00fe]/;
/** A VIQR word: a vowel mark, or a tone mark inside the word, or dd. */
const VIQR_MARKED = /[aeiouy][(^+]|[aeiouy][(^+]?['`?~.][a-z]|dd/i;

/**
 * The legacy encoding the text is written in, judged from its characters, or null when it is
 * Unicode (or nothing shows otherwise). A legacy encoding is chosen only when decoding turns more of
 * its words into Vietnamese syllables than the text already has, so Unicode text never changes.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (UNICODE_VIETNAMESE.test(text)) return null;
  return detectEightBit(text) ?? detectViqr(text);
}

/** The text in Unicode NFC, converted when it is written in a legacy encoding. */
export function convertDetected(text: string): { text: string; encoding: LegacyEncoding | null } {
  const encoding = detectLegacyEncoding(text);
  return { text: encoding ? decodeLegacy(text, encoding) : text, encoding };
}

function detectEightBit(text: string): LegacyEncoding | null {
  const words = (text.match(LATIN1_WORD) ?? []).filter((word) => HAS_LATIN1.test(word));
  if (words.length === 0) return null;
  const already = words.filter(isVietnameseSyllable).length;
  let best: { encoding: LegacyEncoding; syllables: number } | null = null;
  for (const encoding of ['tcvn3', 'vni'] as const) {
    const syllables = words.filter((word) => decodedWords(word, encoding).every(isVietnameseSyllable)).length;
    if (syllables > already && syllables >= words.length * 0.6 && (!best || syllables > best.syllables)) {
      best = { encoding, syllables };
    }
  }
  return best?.encoding ?? null;
}

function detectViqr(text: string): LegacyEncoding | null {
  if (/[^\t\n\r\x20-\x7e\u00a0\u2000-\u206f]/.test(text)) return null;
  const tokens = text.split(/\s+/).filter((token) => token !== '');
  const marked = tokens.filter((token) => VIQR_MARKED.test(token));
  const syllables = marked.filter((token) => decodedWords(token.replace(/[.,;:!?)"]+$/, ''), 'viqr').every(isVietnameseSyllable)).length;
  return syllables >= 3 && syllables >= tokens.length * 0.2 ? 'viqr' : null;
}

function decodedWords(word: string, encoding: LegacyEncoding): string[] {
  const words = decodeLegacy(word, encoding).match(/[\p{L}\p{M}]+/gu) ?? [];
  return words.length > 0 ? words : ['?'];
}
