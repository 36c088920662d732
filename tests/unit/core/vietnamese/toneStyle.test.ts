import { describe, expect, it } from 'vitest';
import { applyToneStyle, countToneStyles, toneStyleOf } from '../../../../core/vietnamese/toneStyle.ts';

describe('tone-mark placement', () => {
  it('writes open oa, oe, uy syllables in the chosen style and leaves the rest alone', () => {
    const modern = 'Hòa bình, thủy lợi, khỏe mạnh, HÒA GIẢI, Thúy; hoàng hôn, thuyết phục, quý, khuya, người.';
    const traditional = 'Hoà bình, thuỷ lợi, khoẻ mạnh, HOÀ GIẢI, Thuý; hoàng hôn, thuyết phục, quý, khuya, người.';
    expect(applyToneStyle(modern, 'traditional')).toBe(traditional);
    expect(applyToneStyle(traditional, 'modern')).toBe(modern);
    expect(applyToneStyle(modern, 'modern')).toBe(modern);
  });

  it('composes decomposed text while it is at it', () => {
    expect(applyToneStyle('hoà'.normalize('NFD'), 'modern')).toBe('hòa');
  });

  it('tells which style a word is in, and finds an article that mixes both', () => {
    expect(toneStyleOf('hoà')).toBe('traditional');
    expect(toneStyleOf('thủy')).toBe('modern');
    expect(toneStyleOf('hoàng')).toBeNull();
    expect(toneStyleOf('UBND')).toBeNull();
    expect(countToneStyles('Tỉnh ủy và UBND hoà giải, thủy lợi')).toEqual({ traditional: ['hoà'], modern: ['ủy', 'thủy'] });
  });
});
