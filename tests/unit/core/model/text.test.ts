import { describe, expect, it } from 'vitest';
import { countWords, nfcDeep, readingMinutes } from '../../../../core/model/text.ts';

describe('text helpers', () => {
  it('counts Vietnamese words, composed or not, with dates and numbers as one word each', () => {
    expect(countWords('Chiều 25/2/2021, đồng chí Hồ Tiến Thiệu phát biểu.')).toBe(9);
    expect(countWords('Nghệ An – Hà Tĩnh'.normalize('NFD'))).toBe(4);
    expect(countWords('  ')).toBe(0);
  });

  it('gives a reading time of at least one minute for any text', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(30)).toBe(1);
    expect(readingMinutes(1100)).toBe(5);
  });

  it('composes every string of a JSON value (NFD → NFC) and leaves the rest alone', () => {
    const value = { title: 'Nghệ An'.normalize('NFD'), tags: ['thủy lợi'.normalize('NFD')], count: 2, photo: null, ok: true };
    expect(nfcDeep(value)).toEqual({
      title: 'Nghệ An'.normalize('NFC'),
      tags: ['thủy lợi'.normalize('NFC')],
      count: 2,
      photo: null,
      ok: true,
    });
  });
});
