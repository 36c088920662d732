import { TCVN3_LOWERCASE, TCVN3_UPPERCASE } from './tcvn3Table.ts';
import { VIQR_MARKED_BASES, VIQR_TONE_MARKS, VIQR_VOWEL_MARKS } from './viqrTable.ts';
import { VNI_LOWERCASE, VNI_UPPERCASE } from './vniTable.ts';

/** The legacy Vietnamese encodings Newsdesk reads. */
export const LEGACY_ENCODINGS = ['tcvn3', 'vni', 'viqr'] as const;
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

export interface DecodeOptions {
  /** The text was set in an uppercase-only font (`.VnTimeH`…): every letter is a capital. */
  capitals?: boolean;
}

const TCVN3_TO_UNICODE = new Map<string, string>(
  Object.entries({ ...TCVN3_LOWERCASE, ...TCVN3_UPPERCASE }).map(([letter, byte]) => [String.fromCharCode(byte), letter]),
);
const VNI_TO_UNICODE = new Map<string, string>(
  Object.entries({ ...VNI_LOWERCASE, ...VNI_UPPERCASE }).map(([letter, vni]) => [vni, letter]),
);
const VIQR_VOWEL_MARK = new Map(Object.entries(VIQR_VOWEL_MARKS).map(([mark, ascii]) => [ascii, mark]));
const VIQR_TONE_MARK = new Map(Object.entries(VIQR_TONE_MARKS).map(([mark, ascii]) => [ascii, mark]));

/** Text in a legacy encoding (its bytes as Latin-1 characters, or VIQR's ASCII) as Unicode NFC. */
export function decodeLegacy(text: string, encoding: LegacyEncoding, options: DecodeOptions = {}): string {
  const decoded = encoding === 'tcvn3' ? decodeTcvn3(text) : encoding === 'vni' ? decodeVni(text) : decodeViqr(text);
  return (options.capitals ? decoded.toUpperCase() : decoded).normalize('NFC');
}

function decodeTcvn3(text: string): string {
  return text.replace(/[\u00a1-\u00fe]/g, (char) => TCVN3_TO_UNICODE.get(char) ?? char);
}

function decodeVni(text: string): string {
  let out = '';
  for (let at = 0; at < text.length;) {
    const pair = at + 1 < text.length ? vniPair(text[at]!, text[at + 1]!) : undefined;
    if (pair !== undefined) {
      out += pair;
      at += 2;
      continue;
    }
    out += VNI_TO_UNICODE.get(text[at]!) ?? text[at]!;
    at += 1;
  }
  return out;
}

/** A letter written as two characters; its case is the first one's (typists mix the mark's case). */
function vniPair(first: string, mark: string): string | undefined {
  const letter = VNI_TO_UNICODE.get(first + mark) ?? VNI_TO_UNICODE.get((first + mark).toLowerCase());
  if (letter === undefined) return undefined;
  return first === first.toLowerCase() ? letter.toLowerCase() : letter.toUpperCase();
}

function decodeViqr(text: string): string {
  let out = '';
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at]!;
    if (char === '\\' && at + 1 < text.length) {
      out += text[++at];
      continue;
    }
    if ((char === 'd' || char === 'D') && (text[at + 1] === 'd' || text[at + 1] === 'D')) {
      out += char === 'D' ? 'Đ' : 'đ';
      at += 1;
      continue;
    }
    if (!/[aeiouyAEIOUY]/.test(char)) {
      out += char;
      continue;
    }
    let letter = char;
    const vowelMark = VIQR_VOWEL_MARK.get(text[at + 1] ?? '');
    if (vowelMark && VIQR_MARKED_BASES[text[at + 1]!]!.includes(char.toLowerCase())) {
      letter += vowelMark;
      at += 1;
    }
    const toneMark = VIQR_TONE_MARK.get(text[at + 1] ?? '');
    if (toneMark) {
      letter += toneMark;
      at += 1;
    }
    out += letter.normalize('NFC');
  }
  return out;
}

const UNICODE_TO_TCVN3 = new Map<string, string>(
  Object.entries({ ...TCVN3_LOWERCASE, ...TCVN3_UPPERCASE }).map(([letter, byte]) => [letter, String.fromCharCode(byte)]),
);
const UNICODE_TO_VNI = new Map<string, string>(Object.entries({ ...VNI_LOWERCASE, ...VNI_UPPERCASE }));

/**
 * Unicode text in a legacy encoding (for tests and previews). TCVN3 has no codes for most toned
 * capitals: they are written with the lowercase codes, as in the uppercase-only fonts.
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  const nfc = text.normalize('NFC');
  if (encoding === 'viqr') return encodeViqr(nfc);
  return [...nfc]
    .map((char) => {
      if (encoding === 'vni') return UNICODE_TO_VNI.get(char) ?? char;
      return UNICODE_TO_TCVN3.get(char) ?? UNICODE_TO_TCVN3.get(char.toLowerCase()) ?? char;
    })
    .join('');
}

function encodeViqr(text: string): string {
  let out = '';
  let previous = '';
  for (const char of text) {
    const [base = '', ...marks] = [...char.normalize('NFD')];
    // A mark character or a second d after a letter would be read as a mark: RFC 1456 escapes it.
    const literal = (/[(^+'`?~.]/.test(char) && /[aeiouy]/i.test(previous)) || (/d/i.test(char) && /d/i.test(previous));
    if (char === 'đ' || char === 'Đ') out += char === 'đ' ? 'dd' : 'DD';
    else if (marks.length === 0) out += literal ? `\\${char}` : char;
    else
      out += base + marks.map((mark) => VIQR_VOWEL_MARKS[mark] ?? '').join('') + marks.map((mark) => VIQR_TONE_MARKS[mark] ?? '').join('');
    previous = char === 'đ' || char === 'Đ' ? '' : base;
  }
  return out;
}
