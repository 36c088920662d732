import { describe, expect, it } from 'vitest';
import { PORTAL_CSS } from '../../../../core/render/portalCss.ts';
import { PORTAL_COLOURS, PORTAL_THEMES } from '../../../../core/render/portalTheme.ts';
import { contrastRatio } from '../../../helpers/contrast.ts';

const AA_TEXT = 4.5;

describe('portal colours', () => {
  it('checks contrast the WCAG way (black on white is 21:1, equal colours 1:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  for (const theme of PORTAL_THEMES) {
    describe(theme, () => {
      const c = PORTAL_COLOURS[theme];

      it('text, captions, links and the category label meet WCAG AA on the page background', () => {
        for (const [name, colour] of Object.entries({ text: c.text, muted: c.muted, link: c.link, accent: c.accent })) {
          expect(contrastRatio(colour, c.background), `${theme} ${name} ${colour} on ${c.background}`).toBeGreaterThanOrEqual(AA_TEXT);
        }
      });

      it('tags on their chips and the paragraph being read aloud stay readable', () => {
        expect(contrastRatio(c.text, c.surface)).toBeGreaterThanOrEqual(AA_TEXT);
        expect(contrastRatio(c.text, c.reading)).toBeGreaterThanOrEqual(AA_TEXT);
      });

      it('links differ from body text in colour as well as by their underline', () => {
        expect(c.link).not.toBe(c.text);
        expect(contrastRatio(c.link, c.text)).toBeGreaterThan(1.2);
      });
    });
  }

  it('night mode darkens the page rather than inverting it, and never filters photos', () => {
    expect(contrastRatio(PORTAL_COLOURS.dark.background, '#000000')).toBeLessThan(1.5);
    expect(PORTAL_CSS).not.toMatch(/filter\s*:/);
    expect(PORTAL_CSS).toMatch(/\.nd-portal a\{[^}]*text-decoration:underline/);
  });

  it('prints in light colours, without the toolbar, keeping photos with captions and headings with their text', () => {
    const print = PORTAL_CSS.slice(PORTAL_CSS.indexOf('@media print'));
    expect(print).toContain(`--nd-background:${PORTAL_COLOURS.light.background}`);
    expect(print).toMatch(/\.nd-no-print\{display:none/);
    expect(print).toMatch(/\.nd-portal figure\{break-inside:avoid\}/);
    expect(print).toMatch(/\.nd-portal h2,[^{]*\{break-after:avoid\}/);
  });
});
