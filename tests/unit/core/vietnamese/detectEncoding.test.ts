import { describe, expect, it } from 'vitest';
import { documentText } from '../../../../core/model/document.ts';
import { convertDetected, detectLegacyEncoding } from '../../../../core/vietnamese/detectEncoding.ts';
import { LOWERCASE_LETTERS } from '../../../../core/vietnamese/letters.ts';
import { encodeLegacy, LEGACY_ENCODINGS } from '../../../../core/vietnamese/legacyEncoding.ts';
import { seedArticles } from '../../../helpers/sampleNewsroom.ts';

async function sampleTexts(): Promise<string[]> {
  const texts = (await seedArticles()).flatMap((article) => [
    article.title,
    article.sapo,
    documentText(article.body),
    article.byline,
    article.dateline.place,
  ]);
  return texts.filter((text) => text.trim() !== '');
}

/** Deterministic paragraphs of Vietnamese syllables, names, numbers and punctuation (a small LCG). */
function generatedParagraphs(count: number): string[] {
  let seed = 20_211;
  const next = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648), seed % n);
  const syllables = [
    'Cộng',
    'hòa',
    'xã',
    'hội',
    'chủ',
    'nghĩa',
    'Việt',
    'Nam',
    'Ủy',
    'ban',
    'nhân',
    'dân',
    'tỉnh',
    'thủy',
    'lợi',
    'người',
    'đường',
    'nông',
    'thôn',
    'mới',
    'UBND',
    'HĐND',
    'café',
    'José',
    'cá',
    'mè',
    'bà',
    'má',
    'ở',
    'è',
    'à',
    'ý',
    'ô',
    'ấy',
    'Đà',
    'Nẵng',
    'Huế',
    'kế',
    'hoạch',
    'năm',
    'tôi',
    'yêu',
    'hoà',
    'khỏe',
    'quý',
    'thuyết',
    ...LOWERCASE_LETTERS,
  ];
  const marks = ['', '', '', ',', '.', ';', ':', '!', '?', ' –', ' (2021)', ' 15%', '…', ' «x»'];
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 3 + next(60) }, () => syllables[next(syllables.length)]! + marks[next(marks.length)]!);
    return words.join(' ');
  });
}

describe('detecting legacy encodings', () => {
  it('never changes the sample articles', async () => {
    for (const text of await sampleTexts()) {
      expect(detectLegacyEncoding(text), text.slice(0, 60)).toBeNull();
      expect(convertDetected(text).text).toBe(text);
    }
  });

  it('never changes 1,000 generated Unicode paragraphs, nor Unicode words that use only Latin-1 letters', () => {
    const paragraphs = [...generatedParagraphs(1000), 'cá mè bà má', 'Bà ở Huế', 'café au lait, José', 'ý tôi', 'Hello. Is it me? Yes'];
    const changed = paragraphs.filter((text) => convertDetected(text).text !== text);
    expect(changed).toEqual([]);
  });

  it('recognises the sample articles written in each legacy encoding, and converts them back exactly', async () => {
    for (const text of await sampleTexts()) {
      if (!/[À-ỹ]/u.test(text) || text.split(/\s+/).length < 4) continue;
      for (const encoding of LEGACY_ENCODINGS) {
        const legacy = encodeLegacy(text, encoding);
        expect(detectLegacyEncoding(legacy), `${encoding}: ${legacy.slice(0, 60)}`).toBe(encoding);
        expect(convertDetected(legacy).text).toBe(text);
      }
    }
  });
});
