/** Where a block sits on screen, in window coordinates, as `getBoundingClientRect` gives it. */
export interface BlockEdges {
  top: number;
  bottom: number;
}

/**
 * The first and last of a column of blocks (top to bottom, each below the one before) that reach
 * into the band from `bandTop` to `bandBottom`, or null when none does. Finds them by halving, so a
 * 20,000-word article asks where about sixteen of its blocks are, not all of them.
 */
export function blocksInView(
  count: number,
  edgesOf: (index: number) => BlockEdges,
  bandTop: number,
  bandBottom: number,
): { first: number; last: number } | null {
  const first = firstIndexWhere(count, (index) => edgesOf(index).bottom >= bandTop);
  const last = firstIndexWhere(count, (index) => edgesOf(index).top > bandBottom) - 1;
  return first <= last ? { first, last } : null;
}

/** The first index in `0..count` at which `holds` starts to hold, for a condition that then holds to the end. */
function firstIndexWhere(count: number, holds: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (holds(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
