import type { Paper } from './paper.ts';
import type { Face, Rgb } from './layout.ts';

export interface TextStyle {
  face: Face;
  size: number;
  leading: number;
  color: Rgb;
  align: 'justify' | 'left' | 'center' | 'right';
  spaceBefore: number;
  spaceAfter: number;
}

export const INK: Rgb = [0.1, 0.1, 0.1];
export const GREY: Rgb = [0.38, 0.38, 0.38];
export const ACCENT: Rgb = [0.62, 0.07, 0.09];
export const LINK: Rgb = [0.05, 0.22, 0.55];

export interface StyleSheet {
  body: TextStyle;
  sapo: TextStyle;
  title: TextStyle;
  kicker: TextStyle;
  meta: TextStyle;
  h2: TextStyle;
  h3: TextStyle;
  quote: TextStyle;
  listItem: TextStyle;
  caption: TextStyle;
  signature: TextStyle;
  running: TextStyle;
  mastheadTitle: TextStyle;
  contentsEntry: TextStyle;
}

/** Sizes for a paper: A5 pages are read at arm's length too, so the type shrinks only a little. */
export function styleSheet(paper: Paper, columns: number): StyleSheet {
  const k = (paper === 'A5' ? 0.9 : 1) * (columns > 1 ? 0.92 : 1);
  const style = (face: Face, size: number, leading: number, extra: Partial<TextStyle> = {}): TextStyle => ({
    face,
    size: size * k,
    leading: leading * k,
    color: INK,
    align: 'left',
    spaceBefore: 0,
    spaceAfter: 0,
    ...extra,
  });
  return {
    body: style('serif', 10.5, 14.5, { align: 'justify', spaceAfter: 6 * k }),
    sapo: style('serifBold', 11.5, 15.5, { align: 'justify', spaceAfter: 10 * k }),
    title: style('sansBold', 20, 24.5, { spaceAfter: 6 * k }),
    kicker: style('sansBold', 8.5, 11, { color: ACCENT, spaceAfter: 4 * k }),
    meta: style('sans', 8.5, 11, { color: GREY, spaceAfter: 9 * k }),
    h2: style('sansBold', 13, 16.5, { spaceBefore: 8 * k, spaceAfter: 4 * k }),
    h3: style('sansBold', 11.5, 15, { spaceBefore: 6 * k, spaceAfter: 3 * k }),
    quote: style('serifItalic', 10.5, 14.5, { align: 'justify', spaceBefore: 4 * k, spaceAfter: 10 * k }),
    listItem: style('serif', 10.5, 14.5, { align: 'justify', spaceAfter: 3 * k }),
    caption: style('sans', 8.5, 11, { color: GREY, spaceAfter: 10 * k }),
    signature: style('serifBold', 10.5, 14.5, { align: 'right', spaceBefore: 4 * k, spaceAfter: 18 * k }),
    running: style('sans', 7.5, 9, { color: GREY }),
    mastheadTitle: style('sansBold', 30, 36, { color: ACCENT, align: 'center', spaceAfter: 6 }),
    contentsEntry: style('serif', 11, 15, { spaceAfter: 5 }),
  };
}
