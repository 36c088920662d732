/**
 * The print fonts, so that the preview, the exported page and the PDF set Vietnamese text in the
 * same faces. `module` is the TTF inside node_modules; the app bundles it, the CLI embeds it.
 */
export const PORTAL_FONTS = {
  serifRegular: {
    family: 'Noto Serif',
    weight: 400,
    style: 'normal',
    module: '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
  },
  serifBold: { family: 'Noto Serif', weight: 700, style: 'normal', module: '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf' },
  serifItalic: {
    family: 'Noto Serif',
    weight: 400,
    style: 'italic',
    module: '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  },
  sansRegular: {
    family: 'Noto Sans',
    weight: 400,
    style: 'normal',
    module: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  },
  sansBold: { family: 'Noto Sans', weight: 700, style: 'normal', module: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf' },
} as const;

export type PortalFontKey = keyof typeof PORTAL_FONTS;
/** Where each face is loaded from: a bundled URL in the app, a data: URL in an exported page. */
export type PortalFontUrls = Record<PortalFontKey, string>;

/** `@font-face` rules for the portal's faces; `font-display: block` avoids a flash of a fallback face. */
export function portalFontFaceCss(urls: PortalFontUrls): string {
  return (Object.keys(PORTAL_FONTS) as PortalFontKey[])
    .map((key) => {
      const font = PORTAL_FONTS[key];
      return `@font-face{font-family:"${font.family}";font-weight:${font.weight};font-style:${font.style};font-display:block;src:url("${urls[key]}") format("truetype")}`;
    })
    .join('\n');
}
