import dictionary from 'dictionary-vi';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NEWSROOM_WORDS } from '../../../../core/vietnamese/glossary.ts';
import { SpellChecker } from '../../../../core/vietnamese/spellChecker.ts';

describe('SpellChecker with the Hunspell Vietnamese dictionary', () => {
  const checker = new SpellChecker(dictionary, DEFAULT_NEWSROOM_WORDS);

  it('suggests the right syllable for common slips', () => {
    expect(checker.isKnown('nghành')).toBe(false);
    expect(checker.suggest('nghành', 'modern')[0]).toBe('ngành');
    expect(checker.isKnown('thườg')).toBe(false);
    expect(checker.suggest('thườg', 'modern')).toContain('thường');
  });

  it('knows both tone styles, the newsroom abbreviations and capitals', () => {
    for (const word of ['hòa', 'hoà', 'thủy', 'thuỷ', 'Ủy', 'UBND', 'HĐND', 'NTM', 'VIỆT', 'Nam', 'Bích', 'Diệp']) {
      expect(checker.isKnown(word), word).toBe(true);
    }
  });

  it('finds the unknown words of a paragraph by their place', () => {
    const text = 'Các nghành chức năng thườg xuyên kiểm tra';
    expect(checker.misspellings(text)).toEqual([
      { start: 4, end: 10, word: 'nghành' },
      { start: 21, end: 26, word: 'thườg' },
    ]);
  });

  it('learns a word added to the newsroom dictionary', () => {
    const own = new SpellChecker(dictionary);
    expect(own.isKnown('Zalo')).toBe(false);
    own.addWord('Zalo');
    expect(own.isKnown('Zalo')).toBe(true);
    expect(own.misspellings('Nhắn qua Zalo')).toEqual([]);
  });

  it('writes suggestions in the newsroom style', () => {
    expect(checker.suggest('hoàa', 'modern')).toContain('hòa');
    expect(checker.suggest('hoàa', 'modern')).not.toContain('hoà');
    expect(checker.suggest('hoàa', 'traditional')).toContain('hoà');
  });
});
