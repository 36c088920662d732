import type { Face } from './layout.ts';

/** Advance width of a text at 1 pt in a face; what the line breaker needs from the fonts. */
export type MeasureText = (face: Face, text: string) => number;

/** Remembers each word's width: a bulletin measures the same few thousand words again and again. */
export function cachedMeasure(measure: MeasureText): MeasureText {
  const caches = new Map<Face, Map<string, number>>();
  return (face, text) => {
    let cache = caches.get(face);
    if (!cache) caches.set(face, (cache = new Map()));
    let width = cache.get(text);
    if (width === undefined) cache.set(text, (width = measure(face, text)));
    return width;
  };
}
