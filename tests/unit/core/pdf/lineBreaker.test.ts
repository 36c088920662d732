import { describe, expect, it } from 'vitest';
import { breakLines } from '../../../../core/pdf/lineBreaker.ts';

function lineWidths(widths: number[], spaces: number[], starts: number[]): number[] {
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? widths.length;
    let width = 0;
    for (let w = start; w < end; w++) width += widths[w]! + (w > start ? spaces[w]! : 0);
    return width;
  });
}

/** The simplest breaker, for comparison: as many words on each line as fit. */
function firstFit(widths: number[], spaces: number[], measure: number): number[] {
  const starts = [0];
  let width = 0;
  widths.forEach((w, i) => {
    const added = i === starts[starts.length - 1] ? w : width + spaces[i]! + w;
    if (added > measure) {
      starts.push(i);
      width = w;
    } else width = added;
  });
  return starts;
}

describe('total-fit line breaking', () => {
  it('never sets a line wider than the measure, for a thousand random paragraphs', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 1000; round++) {
      const count = 1 + Math.floor(random() * 120);
      const widths = Array.from({ length: count }, () => 5 + random() * 60);
      const spaces = widths.map(() => 2.7);
      const measure = 70 + random() * 300;
      const starts = breakLines(widths, spaces, measure);
      expect(starts[0]).toBe(0);
      for (const width of lineWidths(widths, spaces, starts)) expect(width).toBeLessThanOrEqual(measure + 1e-6);
      // Every word is set exactly once, in order.
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    }
  });

  it('sets lines more evenly than first-fit breaking does', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    let totalFitWorst = 0;
    let greedyWorst = 0;
    for (let round = 0; round < 300; round++) {
      const widths = Array.from({ length: 60 }, () => 8 + random() * 40);
      const spaces = widths.map(() => 3);
      const measure = 200;
      // What a reader sees: the widest word space on a justified line (the last line is not justified).
      const loosest = (starts: number[]) =>
        Math.max(
          ...lineWidths(widths, spaces, starts)
            .slice(0, -1)
            .map((w, i) => (measure - w) / Math.max(1, (starts[i + 1] ?? widths.length) - starts[i]! - 1)),
        );
      totalFitWorst += loosest(breakLines(widths, spaces, measure));
      greedyWorst += loosest(firstFit(widths, spaces, measure));
    }
    expect(totalFitWorst).toBeLessThan(greedyWorst * 0.9);
  });

  it('keeps a paragraph that fits on one line on one line', () => {
    expect(breakLines([10, 10, 10], [3, 3, 3], 100)).toEqual([0]);
    expect(breakLines([], [], 100)).toEqual([]);
  });
});
