import { useLayoutEffect } from 'react';
import { PORTAL_CSS } from '../../core/render/portalCss.ts';

/**
 * Adopts the portal stylesheet from core/render while a preview is shown. A constructed
 * stylesheet is not inline markup, so the app's CSP (`style-src 'self'`) allows it, and the
 * preview uses the very rules the exported page inlines (its fonts are the app's, see app/appFonts.ts). Layout effect: styled before first paint.
 */
export function usePortalStyles(): void {
  useLayoutEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PORTAL_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, []);
}
