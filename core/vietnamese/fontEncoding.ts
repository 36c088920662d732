import type { LegacyEncoding } from './legacyEncoding.ts';

export interface FontEncoding {
  encoding: LegacyEncoding;
  /** An uppercase-only font: its lowercase codes are drawn as capitals. */
  capitals: boolean;
}

/**
 * The legacy encoding a font name stands for: the ABC fonts (`.VnTime`, `.VnArial`, …) are
 * TCVN3, those ending in H (`.VnTimeH`, `.VnArialH`) their uppercase-only cuts; `VNI-Times`,
 * `VNI-Helve`, … are VNI-Windows. Null for any other font.
 */
export function fontEncoding(fontName: string): FontEncoding | null {
  const name = fontName.trim();
  if (/^\.vn/i.test(name)) return { encoding: 'tcvn3', capitals: /h$/i.test(name) };
  if (/^vni[- ]/i.test(name)) return { encoding: 'vni', capitals: false };
  return null;
}
