import { columnWidth, type Frame } from './paper.ts';
import { translate, type PageLayout } from './layout.ts';
import type { FlowUnit } from './units.ts';

/** Fewest lines of a paragraph left at the foot of a column (orphans) or carried to the next (widows). */
const MIN_LINES = 2;

export interface FlowResult {
  pages: PageLayout[];
  /** Page index (0-based, within these pages) where each unit marked `opens` was placed. */
  starts: Map<string, number>;
}

/**
 * Pours units into the columns of successive pages: headings stay with what follows, a paragraph
 * never leaves a single line at the foot or the head of a column, photos move whole.
 */
export function flowUnits(units: readonly FlowUnit[], frame: Frame, firstSection: string | null): FlowResult {
  const width = columnWidth(frame);
  const pages: PageLayout[] = [];
  const starts = new Map<string, number>();
  let section = firstSection;
  let column = 0;
  let y = 0;
  let page: PageLayout = newPage();

  function newPage(): PageLayout {
    const created: PageLayout = { items: [], section };
    pages.push(created);
    column = 0;
    y = 0;
    return created;
  }
  function nextColumn() {
    if (column + 1 < frame.columns) {
      column++;
      y = 0;
    } else page = newPage();
  }
  function put(line: FlowUnit['lines'][number]) {
    const dx = frame.left + column * (width + frame.gutter);
    for (const item of line.items) page.items.push(translate(item, dx, frame.top + y));
    y += line.height;
  }
  const atTop = () => y === 0;
  const pageIsEmpty = () => page.items.length === 0;

  units.forEach((unit, index) => {
    if (unit.breakBefore && !pageIsEmpty()) page = newPage();
    if (unit.opens) {
      section = unit.opens.section;
      if (pageIsEmpty() || (atTop() && column === 0)) page.section = section;
      starts.set(unit.opens.key, pages.length - 1);
    }
    const before = () => (atTop() ? 0 : unit.spaceBefore);
    if (unit.keepWithNext && !atTop() && y + before() + keptHeight(units, index) > frame.height) {
      nextColumn();
      if (unit.opens) {
        starts.set(unit.opens.key, pages.length - 1);
        if (column === 0) page.section = section;
      }
    }
    if (unit.atomic) {
      const height = total(unit);
      if (!atTop() && y + before() + height > frame.height) nextColumn();
      y += before();
      for (const line of unit.lines) put(line);
    } else {
      let next = 0;
      while (next < unit.lines.length) {
        const gap = before();
        const fit = linesThatFit(unit, next, frame.height - y - gap);
        const remaining = unit.lines.length - next;
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
          for (let i = next; i < next + take; i++) put(unit.lines[i]!);
          next += take;
        }
        if (next < unit.lines.length) nextColumn();
      }
    }
    y += unit.spaceAfter;
  });
  return { pages, starts };
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
  for (; i < units.length && units[i]!.keepWithNext; i++) height += (i > index ? units[i]!.spaceBefore : 0) + total(units[i]!) + units[i]!.spaceAfter;
  const next = units[i];
  if (!next || next.breakBefore) return height;
  const lead = next.atomic ? next.lines : next.lines.slice(0, MIN_LINES);
  return height + next.spaceBefore + lead.reduce((sum, line) => sum + line.height, 0);
}
