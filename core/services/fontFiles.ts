import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FontFiles } from '../pdf/fonts.ts';
import type { Face } from '../pdf/layout.ts';

const FONT_PATHS: Record<Face, string> = {
  serif: '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
  serifBold: '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf',
  serifItalic: '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  sans: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  sansBold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
};

/** Reads the Noto TrueType files shipped in node_modules (about 2.7 MB, read once per process). */
export async function readFontFiles(): Promise<FontFiles> {
  const require = createRequire(import.meta.url);
  const entries = await Promise.all(
    Object.entries(FONT_PATHS).map(async ([face, path]) => [face, new Uint8Array(await readFile(require.resolve(path)))] as const),
  );
  return Object.fromEntries(entries) as Record<Face, Uint8Array>;
}
