import type { PortalFontUrls } from '../../core/render/portalFonts.ts';
import sansBold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import sansRegular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import serifBold from '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf?url';
import serifItalic from '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf?url';
import serifRegular from '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf?url';

/** The print fonts, bundled beside the app so the CSP's `font-src 'self'` lets them load. */
export const portalFontUrls: PortalFontUrls = { serifRegular, serifBold, serifItalic, sansRegular, sansBold };
