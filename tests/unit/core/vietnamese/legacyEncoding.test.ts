import { describe, expect, it } from 'vitest';
import { LOWERCASE_LETTERS, UPPERCASE_LETTERS, VIETNAMESE_LETTERS } from '../../../../core/vietnamese/letters.ts';
import { decodeLegacy, encodeLegacy, LEGACY_ENCODINGS } from '../../../../core/vietnamese/legacyEncoding.ts';
import { TCVN3_UPPERCASE } from '../../../../core/vietnamese/tcvn3Table.ts';

describe('the Vietnamese letters', () => {
  it('are 67 lowercase and 67 uppercase precomposed letters, each once', () => {
    expect(LOWERCASE_LETTERS).toHaveLength(67);
    expect(UPPERCASE_LETTERS).toHaveLength(67);
    expect(new Set(VIETNAMESE_LETTERS).size).toBe(134);
    for (const letter of VIETNAMESE_LETTERS) {
      expect(letter).toBe(letter.normalize('NFC'));
      expect([...letter]).toHaveLength(1);
      expect(letter).not.toMatch(/^[A-Za-z]$/);
    }
    expect(LOWERCASE_LETTERS).toEqual(expect.arrayContaining(['ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ', 'ỹ', 'ự', 'ẳ']));
  });
});

describe('legacy encodings', () => {
  for (const encoding of LEGACY_ENCODINGS) {
    it(`${encoding}: every one of the 134 letters round-trips`, () => {
      for (const letter of VIETNAMESE_LETTERS) {
        const encoded = encodeLegacy(letter, encoding);
        expect(encoded, letter).toMatch(encoding === 'viqr' ? /^[\x20-\x7e]+$/ : /^[\x20-\xff]+$/);
        // TCVN3 has codes for only seven capitals; the others are the lowercase codes in an uppercase-only font.
        const capitals = encoding === 'tcvn3' && letter !== letter.toLowerCase() && !(letter in TCVN3_UPPERCASE);
        expect(decodeLegacy(encoded, encoding, { capitals }), `${letter} as ${encoded}`).toBe(letter);
      }
    });

    it(`${encoding}: all the letters in one text round-trip, with ASCII around them`, () => {
      const text = `Chữ: ${LOWERCASE_LETTERS.join(' ')} — số 2021, "ngoặc" (và) dấu?`;
      expect(decodeLegacy(encodeLegacy(text, encoding), encoding)).toBe(text);
    });
  }

  it('reads TCVN3 as the standard lays it out', () => {
    expect(decodeLegacy('Céng hßa x· héi chñ nghÜa ViÖt Nam', 'tcvn3')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(decodeLegacy('§éc lËp - Tù do - H¹nh phóc', 'tcvn3')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeLegacy('Uû ban nh©n d©n tØnh', 'tcvn3')).toBe('Uỷ ban nhân dân tỉnh');
  });

  it('reads a .VnTimeH run as capitals', () => {
    expect(decodeLegacy('céng hßa x· héi chñ nghÜa viÖt nam', 'tcvn3', { capitals: true })).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('reads VNI-Windows base letters with their mark characters', () => {
    expect(decodeLegacy('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'vni')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(decodeLegacy('ÑOÀNG CHÍ, ngöôøi daân, Uûy ban, UÛY BAN', 'vni')).toBe('ĐỒNG CHÍ, người dân, Ủy ban, ỦY BAN');
  });

  it('reads VIQR as RFC 1456 writes it, a backslash keeping a mark literal', () => {
    expect(decodeLegacy('Vie^.t Nam, dda^`u tu+, ngu+o+`i, Uy? ban', 'viqr')).toBe('Việt Nam, đầu tư, người, Uỷ ban');
    expect(decodeLegacy('Ha\\. Long', 'viqr')).toBe('Ha. Long');
  });
});
