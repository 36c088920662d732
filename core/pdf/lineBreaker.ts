/**
 * Total-fit line breaking (after Knuth and Plass, without hyphenation: Vietnamese words are short
 * syllables): among all ways to break a paragraph whose lines fit the measure, choose the one with
 * the least total demerits, so that no line is left much looser than its neighbours. A line never
 * exceeds the measure; the caller splits any single word wider than the measure beforehand.
 *
 * `widths[i]` is the width of word i, `spaces[i]` the natural space before word i (ignored for the
 * first word of a line). Returns the index of the first word of each line.
 */
export function breakLines(widths: readonly number[], spaces: readonly number[], measure: number): number[] {
  const n = widths.length;
  if (n === 0) return [];
  const best = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  best[0] = 0;
  for (let start = 0; start < n; start++) {
    if (best[start] === Infinity) continue;
    let natural = 0;
    let spaceSum = 0;
    for (let end = start + 1; end <= n; end++) {
      const word = end - 1;
      const space = word > start ? spaces[word]! : 0;
      natural += widths[word]! + space;
      spaceSum += space;
      if (natural > measure + 1e-6 && end > start + 1) break;
      const demerits = lineDemerits(measure - natural, end - 1 - start, spaceSum, end === n);
      const total = best[start]! + demerits;
      if (total < best[end]!) {
        best[end] = total;
        from[end] = start;
      }
      if (natural > measure) break;
    }
  }
  const starts: number[] = [];
  for (let end = n; end > 0; end = from[end]!) starts.push(from[end]!);
  return starts.reverse();
}

function lineDemerits(slack: number, gaps: number, spaceSum: number, last: boolean): number {
  if (last) return slack < 0 ? 1e6 : 1;
  if (gaps === 0) return (1 + 1e4) ** 2; // one word alone on a justified line: as bad as the loosest line
  // Spaces may stretch to about 2.5 times their natural width before the line looks loose.
  const ratio = slack / (spaceSum * 1.5);
  const badness = Math.min(100 * ratio ** 3, 1e4);
  return (1 + badness) ** 2;
}
