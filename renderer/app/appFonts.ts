import { portalFontFaceCss } from '../../core/render/portalFonts.ts';
import { portalFontUrls } from '../preview/portalFontUrls.ts';

/**
 * Declares the bundled Noto Serif / Noto Sans faces for the whole page, once at start: the editor,
 * the article view, the lists and the preview then set Vietnamese in the faces the PDF embeds, and
 * never in an installed font of the same name with accents borrowed from another one. A constructed
 * stylesheet is not inline markup, so the CSP (`style-src 'self'`, `font-src 'self'`) allows it.
 */
export function adoptAppFonts(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(portalFontFaceCss(portalFontUrls));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
