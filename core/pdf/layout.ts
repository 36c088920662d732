/**
 * The typeset result, independent of pdf-lib: pages of positioned items in trim coordinates
 * (points, origin at the top-left corner of the trimmed page, y growing downwards). The PDF writer
 * draws it; the page thumbnails are drawn from the very same data.
 */
export const FACES = ['serif', 'serifBold', 'serifItalic', 'sans', 'sansBold'] as const;
export type Face = (typeof FACES)[number];

export type Rgb = readonly [number, number, number];

/** A run of text drawn where the previous one ended, after `shift` points of extra space. */
export interface Piece {
  text: string;
  face: Face;
  size: number;
  color: Rgb;
  shift: number;
}

export type PageItem =
  | { kind: 'line'; x: number; y: number; width: number; pieces: Piece[] }
  | { kind: 'photo'; x: number; y: number; width: number; height: number; asset: string }
  | { kind: 'placeholder'; x: number; y: number; width: number; height: number; label: string }
  | { kind: 'rule'; x: number; y: number; width: number; height: number; color: Rgb }
  | { kind: 'link'; x: number; y: number; width: number; height: number; url: string }
  | { kind: 'goto'; x: number; y: number; width: number; height: number; page: number };

export interface PageLayout {
  items: PageItem[];
  /** The running header's section (the category of the article on the page); null: no header. */
  section: string | null;
}

export function translate(item: PageItem, dx: number, dy: number): PageItem {
  return { ...item, x: item.x + dx, y: item.y + dy };
}
