import { describe, expect, it } from 'vitest';
import { blocksInView, type BlockEdges } from '../../../../renderer/editor/plugins/offscreen/blocksInView.ts';

/** Blocks of the given heights stacked from `top` down, 12 px apart, as a page lays them out. */
function column(heights: number[], top: number): BlockEdges[] {
  const edges: BlockEdges[] = [];
  let y = top;
  for (const height of heights) {
    edges.push({ top: y, bottom: y + height });
    y += height + 12;
  }
  return edges;
}

/** The same answer found by looking at every block. */
function everyBlockInBand(edges: BlockEdges[], bandTop: number, bandBottom: number) {
  const inBand = edges.flatMap((block, index) => (block.bottom >= bandTop && block.top <= bandBottom ? [index] : []));
  return inBand.length > 0 ? { first: inBand[0]!, last: inBand[inBand.length - 1]! } : null;
}

describe('blocksInView', () => {
  const heights = Array.from({ length: 200 }, (_, index) => 40 + ((index * 37) % 160));

  it('finds the blocks that reach into the band wherever the article is scrolled', () => {
    for (const scrolled of [0, 900, 5_000, 17_000, 30_000]) {
      const edges = column(heights, 80 - scrolled);
      expect(blocksInView(edges.length, (index) => edges[index]!, -800, 1_600)).toEqual(everyBlockInBand(edges, -800, 1_600));
    }
  });

  it('asks where only a few blocks are, not all two hundred', () => {
    const edges = column(heights, -9_000);
    const asked = new Set<number>();
    blocksInView(edges.length, (index) => (asked.add(index), edges[index]!), -800, 1_600);
    expect(asked.size).toBeLessThanOrEqual(16);
  });

  it('finds none when the whole article is above or below the band, or empty', () => {
    const above = column(heights, -100_000);
    expect(blocksInView(above.length, (index) => above[index]!, -800, 1_600)).toBeNull();
    const below = column(heights, 5_000);
    expect(blocksInView(below.length, (index) => below[index]!, -800, 1_600)).toBeNull();
    expect(blocksInView(0, () => ({ top: 0, bottom: 0 }), -800, 1_600)).toBeNull();
  });

  it('counts a block that only touches the band, and one taller than the band', () => {
    const edges: BlockEdges[] = [
      { top: -900, bottom: -800 },
      { top: -790, bottom: 3_000 },
      { top: 3_010, bottom: 3_100 },
    ];
    expect(blocksInView(edges.length, (index) => edges[index]!, -800, 1_600)).toEqual({ first: 0, last: 1 });
  });
});
