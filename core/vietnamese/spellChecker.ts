// The renderer's type check reaches this file without the core folder's declarations: point it at nspell's.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./nspell.d.ts" />
import nspell from 'nspell';
import { applyToneStyle, type ToneStyle } from './toneStyle.ts';

/** A Hunspell dictionary: its affix and word files. */
export interface HunspellDictionary {
  aff: string | Uint8Array;
  dic: string | Uint8Array;
}

/** An unknown word of a text, by its place in the text (UTF-16 offsets). */
export interface Misspelling {
  start: number;
  end: number;
  word: string;
}

const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Checks Vietnamese text syllable by syllable with Hunspell's Vietnamese dictionary and the
 * newsroom's own words. The dictionary writes tones the traditional way (hoà, thuỷ); a word written
 * the modern way is checked in that form, so both styles pass. Answers are remembered per word, so
 * checking a paragraph again costs a lookup per word.
 */
export class SpellChecker {
  private readonly engine;
  private readonly newsroomWords = new Set<string>();
  private readonly known = new Map<string, boolean>();

  constructor(dictionary: HunspellDictionary, newsroomWords: Iterable<string> = []) {
    this.engine = nspell(dictionary);
    for (const word of newsroomWords) this.addWord(word);
  }

  /** A newsroom word (a name, an abbreviation) counts as known from now on. */
  addWord(word: string): void {
    const nfc = word.normalize('NFC').trim();
    if (!nfc) return;
    this.newsroomWords.add(nfc);
    this.newsroomWords.add(nfc.toLowerCase());
    this.engine.add(nfc);
    this.known.clear();
  }

  isKnown(word: string): boolean {
    const cached = this.known.get(word);
    if (cached !== undefined) return cached;
    const nfc = word.normalize('NFC');
    const known =
      this.newsroomWords.has(nfc) ||
      this.newsroomWords.has(nfc.toLowerCase()) ||
      this.engine.correct(nfc) ||
      this.engine.correct(applyToneStyle(nfc, 'traditional'));
    this.known.set(word, known);
    return known;
  }

  /** The unknown words of a text, in order. */
  misspellings(text: string): Misspelling[] {
    const found: Misspelling[] = [];
    for (const match of text.matchAll(WORD)) {
      if (!this.isKnown(match[0])) found.push({ start: match.index, end: match.index + match[0].length, word: match[0] });
    }
    return found;
  }

  /** Known words close to an unknown one, best first, written in the newsroom's tone style. */
  suggest(word: string, style: ToneStyle): string[] {
    const nfc = applyToneStyle(word.normalize('NFC'), 'traditional');
    const suggestions = this.engine.suggest(nfc).map((suggestion) => applyToneStyle(suggestion, style));
    // A near word that keeps the letters typed (only one added or removed) is the likeliest slip.
    const keeps = (candidate: string) => Math.abs(candidate.length - word.length) === 1 && sameTone(candidate, word);
    return [...new Set([...suggestions.filter(keeps), ...suggestions])];
  }
}

function sameTone(a: string, b: string): boolean {
  const tones = (text: string) => text.normalize('NFD').replace(/[^\u0300\u0301\u0303\u0309\u0323]/g, '');
  return tones(a) === tones(b);
}
