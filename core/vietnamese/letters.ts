/**
 * The Vietnamese alphabet's precomposed letters: twelve vowels (a ă â e ê i o ô ơ u ư y) under six
 * tones, less the six plain ASCII vowels, plus đ — 67 lowercase letters and their 67 capitals.
 */

/** The vowel letters without a tone. */
export const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
export type Vowel = (typeof VOWELS)[number];

/** The tones in the order Vietnamese teaches them; `none` is ngang (no mark). */
export const TONES = ['none', 'grave', 'hook', 'tilde', 'acute', 'dot'] as const;
export type Tone = (typeof TONES)[number];

/** The combining mark of each tone (Unicode), as NFD writes it after the vowel's own mark. */
export const TONE_MARKS: Record<Exclude<Tone, 'none'>, string> = {
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  acute: '\u0301',
  dot: '\u0323',
};

/** A vowel with a tone, composed (NFC). */
export function toned(vowel: Vowel, tone: Tone): string {
  return tone === 'none' ? vowel : (vowel + TONE_MARKS[tone]).normalize('NFC');
}

/** Every precomposed lowercase Vietnamese letter, once: the toned vowels, ă â ê ô ơ ư and đ. */
export const LOWERCASE_LETTERS: readonly string[] = [
  ...VOWELS.flatMap((vowel) => TONES.map((tone) => toned(vowel, tone))).filter((letter) => !/^[a-z]$/.test(letter)),
  'đ',
];

/** Every precomposed uppercase Vietnamese letter, in the same order as the lowercase ones. */
export const UPPERCASE_LETTERS: readonly string[] = LOWERCASE_LETTERS.map((letter) => letter.toUpperCase());

/** The 134 letters that any Vietnamese encoding must carry. */
export const VIETNAMESE_LETTERS: readonly string[] = [...LOWERCASE_LETTERS, ...UPPERCASE_LETTERS];

const VOWEL_OF_LETTER = new Map<string, { vowel: Vowel; tone: Tone }>(
  VOWELS.flatMap((vowel) => TONES.map((tone) => [toned(vowel, tone), { vowel, tone }] as const)),
);

/** A letter's vowel and tone (either case), or null for a letter that is not a Vietnamese vowel. */
export function splitTone(letter: string): { vowel: Vowel; tone: Tone } | null {
  return VOWEL_OF_LETTER.get(letter.toLowerCase()) ?? null;
}
