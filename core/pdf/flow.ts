import { columnWidth, type Frame } from './paper.ts';
import { translate, type PageLayout } from './layout.ts';
import type { LineBox } from './paragraph.ts';
import { GREY } from './styles.ts';
import type { FlowUnit } from './units.ts';

/** Fewest lines of a paragraph left at the foot of a column (orphans) or carried to the next (widows). */
const MIN_LINES = 2;
/** Space between an article whose columns were balanced and the next one on the page. */
const ARTICLE_GAP = 16;

export interface FlowOptions {
  /** Room kept free at the head of the first page (the bulletin's masthead and contents box). */
  firstPageTop?: number;
  /** Where an article ends, its lines on that page are shared out so that its columns end level. */
  balanceColumns?: boolean;
}

export interface FlowResult {
  pages: PageLayout[];
  /** Page index (0-based, within these pages) where each unit marked `opens` was placed. */
  starts: Map<string, number>;
  /** How far down the text frame the last page is filled (the deepest column). */
  lastPageDepth: number;
}

/** A line as placed on the current page, so that an article's last page can be rebalanced. */
interface Placed {
  from: number;
  to: number;
  height: number;
  /** Space above it when it does not open a column. */
  gap: number;
  /** A column may end after this line (no orphan, no widow, nothing kept with what follows). */
  breakAfter: boolean;
  column: number;
  y: number;
}

/**
 * Pours units into the columns of successive pages: headings stay with what follows, a paragraph
 * never leaves a single line at the foot or the head of a column, photos move whole with their caption.
 */
export function flowUnits(units: readonly FlowUnit[], frame: Frame, firstSection: string | null, options: FlowOptions = {}): FlowResult {
  const width = columnWidth(frame);
  const pages: PageLayout[] = [];
  const starts = new Map<string, number>();
  let section = firstSection;
  let column = 0;
  /** Where the columns of the current page begin (below the masthead, or below a balanced article). */
  let top = options.firstPageTop ?? 0;
  let y = top;
  let deepest = top;
  let placed: Placed[] = [];
  let page: PageLayout = { items: [], section };
  pages.push(page);

  function newPage(): PageLayout {
    const created: PageLayout = { items: [], section };
    pages.push(created);
    column = 0;
    top = 0;
    y = 0;
    deepest = 0;
    placed = [];
    return created;
  }
  function nextColumn() {
    if (column + 1 < frame.columns) {
      column++;
      y = top;
    } else page = newPage();
  }
  function put(line: LineBox, gap: number, breakAfter: boolean) {
    const dx = frame.left + column * (width + frame.gutter);
    const from = page.items.length;
    for (const item of line.items) page.items.push(translate(item, dx, frame.top + y));
    placed.push({ from, to: page.items.length, height: line.height, gap, breakAfter, column, y });
    y += line.height;
    deepest = Math.max(deepest, y);
  }
  const atTop = () => y === top;
  const pageIsEmpty = () => page.items.length === 0;
  let spaceAfterPrevious = 0;

  /** Shares the lines placed on this page since the article began (or the page did) between the columns. */
  function balance() {
    if (frame.columns < 2 || placed.length < 2) return;
    const depth = (list: Placed[]) => list.reduce((sum, p, i) => sum + (i === 0 ? 0 : p.gap) + p.height, 0);
    let best = -1;
    let bestDepth = Infinity;
    for (let k = 0; k < placed.length - 1; k++) {
      if (!placed[k]!.breakAfter) continue;
      const deeper = Math.max(depth(placed.slice(0, k + 1)), depth(placed.slice(k + 1)));
      if (deeper < bestDepth) {
        best = k;
        bestDepth = deeper;
      }
    }
    const current = Math.max(...[0, 1].map((c) => depth(placed.filter((p) => p.column === c))));
    if (best < 0 || bestDepth >= current) {
      top = Math.max(...placed.map((p) => p.y + p.height));
    } else {
      let at = top;
      placed.forEach((p, i) => {
        const target = i <= best ? 0 : 1;
        if (i === 0 || i === best + 1) at = top;
        else at += p.gap;
        const dx = (target - p.column) * (width + frame.gutter);
        const dy = at - p.y;
        for (let j = p.from; j < p.to; j++) page.items[j] = translate(page.items[j]!, dx, dy);
        at += p.height;
      });
      top += bestDepth;
    }
    // A hairline across both columns parts this article from the next one on the same page.
    if (top + ARTICLE_GAP < frame.height) {
      page.items.push({ kind: 'rule', x: frame.left, y: frame.top + top + ARTICLE_GAP / 2, width: frame.width, height: 0.5, color: GREY });
      top += ARTICLE_GAP;
    }
    deepest = top;
    column = 0;
    y = top;
    placed = [];
  }

  units.forEach((unit, index) => {
    if (unit.opens && options.balanceColumns && index > 0) balance();
    if (unit.breakBefore && !pageIsEmpty()) page = newPage();
    if (unit.opens) {
      section = unit.opens.section;
      if (top === 0 && column === 0 && atTop()) page.section = section;
      starts.set(unit.opens.key, pages.length - 1);
      placed = [];
    }
    const before = () => (atTop() ? 0 : unit.spaceBefore);
    const gapOf = (first: boolean) => (first ? spaceAfterPrevious + unit.spaceBefore : 0);
    if (unit.keepWithNext && !atTop() && y + before() + keptHeight(units, index) > frame.height) {
      nextColumn();
      if (unit.opens) {
        starts.set(unit.opens.key, pages.length - 1);
        if (column === 0 && top === 0) page.section = section;
      }
    }
    if (unit.atomic) {
      const height = total(unit);
      if (!atTop() && y + before() + height > frame.height) nextColumn();
      y += before();
      unit.lines.forEach((line, i) => put(line, gapOf(i === 0), i === unit.lines.length - 1 && !unit.keepWithNext));
    } else {
      let next = 0;
      const count = unit.lines.length;
      const breakAfter = (i: number) => !unit.keepWithNext && (i === count - 1 || (i + 1 >= MIN_LINES && count - i - 1 >= MIN_LINES));
      while (next < count) {
        const gap = before();
        const fit = linesThatFit(unit, next, frame.height - y - gap);
        const remaining = count - next;
        let take = Math.min(fit, remaining);
        if (take < remaining) {
          if (unit.keepWithNext) take = 0;
          if (remaining - take < MIN_LINES) take = remaining - MIN_LINES;
          if (next === 0 && take < MIN_LINES) take = 0;
          // A column too short for even two lines still takes what it can rather than loop forever.
          if (take <= 0 && atTop()) take = Math.max(1, fit);
        }
        if (take > 0) {
          y += gap;
          for (let i = next; i < next + take; i++) put(unit.lines[i]!, gapOf(i === 0), breakAfter(i));
          next += take;
        }
        if (next < count) nextColumn();
      }
    }
    y += unit.spaceAfter;
    spaceAfterPrevious = unit.spaceAfter;
  });
  if (options.balanceColumns) balance();
  return { pages, starts, lastPageDepth: deepest };
}

function total(unit: FlowUnit): number {
  return unit.lines.reduce((sum, line) => sum + line.height, 0);
}

function linesThatFit(unit: FlowUnit, from: number, room: number): number {
  let used = 0;
  let count = 0;
  for (let i = from; i < unit.lines.length; i++) {
    used += unit.lines[i]!.height;
    if (used > room + 1e-6) break;
    count++;
  }
  return count;
}

/** Height needed to keep a unit with what follows: the whole chain of kept units, then the next unit's first lines. */
function keptHeight(units: readonly FlowUnit[], index: number): number {
  let height = 0;
  let i = index;
  for (; i < units.length && units[i]!.keepWithNext; i++)
    height += (i > index ? units[i]!.spaceBefore : 0) + total(units[i]!) + units[i]!.spaceAfter;
  const next = units[i];
  if (!next || next.breakBefore) return height;
  const lead = next.atomic ? next.lines : next.lines.slice(0, MIN_LINES);
  return height + next.spaceBefore + lead.reduce((sum, line) => sum + line.height, 0);
}
