/**
 * VIQR (RFC 1456, "Vietnamese Quoted-Readable"): a letter is its ASCII base followed by the vowel
 * mark and then the tone mark; đ is written `dd`, and a backslash keeps the next character literal.
 */
export const VIQR_VOWEL_MARKS: Readonly<Record<string, string>> = { '\u0306': '(', '\u0302': '^', '\u031b': '+' };
export const VIQR_TONE_MARKS: Readonly<Record<string, string>> = {
  '\u0301': "'",
  '\u0300': '`',
  '\u0309': '?',
  '\u0303': '~',
  '\u0323': '.',
};
/** Which base letters take which vowel mark: a( a^ e^ o^ o+ u+. */
export const VIQR_MARKED_BASES: Readonly<Record<string, string>> = { '(': 'a', '^': 'aeo', '+': 'ou' };
