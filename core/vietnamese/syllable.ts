import { splitTone, toned, type Tone, type Vowel } from './letters.ts';

/** One letter of a syllable: its vowel and tone when it is a vowel, and whether it is a capital. */
interface Letter {
  char: string;
  vowel: Vowel | null;
  tone: Tone;
  capital: boolean;
}

const INITIALS = [
  'ngh',
  'ng',
  'nh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ph',
  'qu',
  'th',
  'tr',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
  '',
];
const FINALS = ['ch', 'ng', 'nh', 'c', 'm', 'n', 'p', 't', ''];
/** The vowel groups of Vietnamese syllables (glides included), without tones. */
const NUCLEI = new Set(
  (
    'a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê ' +
    'iêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu yêu'
  ).split(' '),
);

/** A syllable cut into its parts, tones removed from the letters (the tone is kept apart). */
export interface SyllableParts {
  initial: string;
  nucleus: string;
  final: string;
  /** Index of the letter carrying the tone, -1 when the syllable has none (ngang). */
  toneAt: number;
  tone: Tone;
}

function lettersOf(word: string): Letter[] {
  return [...word.normalize('NFC')].map((char) => {
    const split = splitTone(char);
    return { char, vowel: split?.vowel ?? null, tone: split?.tone ?? 'none', capital: char !== char.toLowerCase() };
  });
}

/**
 * The parts of a Vietnamese syllable, or null when the word cannot be one (a foreign word, an
 * abbreviation, a word written in a legacy encoding, two tones).
 */
export function parseSyllable(word: string): SyllableParts | null {
  const letters = lettersOf(word);
  const toned = letters.map((letter, index) => (letter.tone === 'none' ? -1 : index)).filter((index) => index >= 0);
  if (toned.length > 1) return null;
  const plain = letters.map((letter) => letter.vowel ?? letter.char.toLowerCase()).join('');
  for (const initial of INITIALS) {
    if (!plain.startsWith(initial)) continue;
    for (const final of FINALS) {
      if (!plain.endsWith(final) || plain.length - final.length <= initial.length - (initial === 'gi' ? 1 : 0)) continue;
      // "gì", "gìn": the i of gi is also the syllable's vowel.
      const start = initial === 'gi' && plain.length - final.length === 2 ? 1 : initial.length;
      const nucleus = plain.slice(start, plain.length - final.length);
      if (!NUCLEI.has(nucleus)) continue;
      const toneAt = toned[0] ?? -1;
      if (toneAt >= 0 && (toneAt < start || toneAt >= start + nucleus.length)) continue;
      return { initial, nucleus, final, toneAt, tone: toneAt >= 0 ? letters[toneAt]!.tone : 'none' };
    }
  }
  return null;
}

/** Whether the word reads as one Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  return parseSyllable(word) !== null;
}

/** The word with its tone moved onto the letter at `index` (letters keep their case). */
export function moveTone(word: string, index: number): string {
  const letters = lettersOf(word);
  const tone = letters.find((letter) => letter.tone !== 'none')?.tone ?? 'none';
  return letters
    .map((letter, at) => {
      if (!letter.vowel) return letter.char;
      const char = toned(letter.vowel, at === index ? tone : 'none');
      return letter.capital ? char.toUpperCase() : char;
    })
    .join('');
}
