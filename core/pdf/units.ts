import type { Block, Run } from './blocks.ts';
import type { PageItem } from './layout.ts';
import { translate } from './layout.ts';
import type { MeasureText } from './measure.ts';
import { nextTurn } from './nextTurn.ts';
import { setParagraph, type LineBox } from './paragraph.ts';
import type { PhotoInfo } from './photoInfo.ts';
import { ACCENT, type StyleSheet, type TextStyle } from './styles.ts';

/** A piece of an article as the page flow sees it: lines that may split, or one atomic box. */
export interface FlowUnit {
  lines: LineBox[];
  spaceBefore: number;
  spaceAfter: number;
  /** Headings and the article's opening lines stay on the page of what follows them. */
  keepWithNext: boolean;
  /** A photo with its caption: never split, moved whole to the next column when it does not fit. */
  atomic: boolean;
  /** Starts a new page in a one-column bulletin. */
  breakBefore?: boolean;
  /** Set on an article's first unit: its section for the running header and its key for the contents. */
  opens?: { key: string; section: string };
}

export interface UnitContext {
  styles: StyleSheet;
  measure: MeasureText;
  columnWidth: number;
  columnHeight: number;
  photos: ReadonlyMap<string, PhotoInfo>;
}

const LIST_INDENT = 16;
const PLACEHOLDER_LABEL = { missing: 'Thiếu tệp ảnh', corrupt: 'Tệp ảnh bị hỏng', unsupported: 'Định dạng ảnh không in được' } as const;
const QUOTE_INDENT = 14;

/** The article's blocks set in lines, a turn of the event loop after each (see `nextTurn`). */
export async function blocksToUnits(blocks: readonly Block[], context: UnitContext): Promise<FlowUnit[]> {
  const units: FlowUnit[] = [];
  for (const block of blocks) {
    units.push(blockUnit(block, context));
    await nextTurn();
  }
  return units;
}

function blockUnit(block: Block, context: UnitContext): FlowUnit {
  if (block.kind === 'photo') return photoUnit(block, context);
  if (block.kind === 'listItem') return listItemUnit(block.marker, block.depth, block.runs, context);
  const style = context.styles[block.role];
  if (block.role === 'quote') return quoteUnit(block.runs, context);
  const lines = setParagraph(block.runs, style, context.columnWidth, context.measure);
  const heading =
    block.role === 'h2' ||
    block.role === 'h3' ||
    block.role === 'kicker' ||
    block.role === 'title' ||
    block.role === 'meta' ||
    block.role === 'sapo';
  return textUnit(lines, style, heading);
}

export function textUnit(lines: LineBox[], style: TextStyle, keepWithNext: boolean): FlowUnit {
  return { lines, spaceBefore: style.spaceBefore, spaceAfter: style.spaceAfter, keepWithNext, atomic: false };
}

function listItemUnit(marker: string, depth: number, runs: Run[], context: UnitContext): FlowUnit {
  const style = context.styles.listItem;
  const indent = LIST_INDENT * (depth + 1);
  const lines = setParagraph(runs, style, context.columnWidth - indent, context.measure).map((line) => shiftLine(line, indent));
  const first = lines[0];
  if (first) {
    const markerWidth = context.measure(style.face, marker) * style.size;
    const baseline = style.leading / 2 + style.size * 0.36;
    first.items.push({
      kind: 'line',
      x: indent - markerWidth - 5,
      y: baseline,
      width: markerWidth,
      pieces: [{ text: marker, face: style.face, size: style.size, color: style.color, shift: 0 }],
    });
  }
  return textUnit(lines, style, false);
}

function quoteUnit(runs: Run[], context: UnitContext): FlowUnit {
  const style = context.styles.quote;
  const lines = setParagraph(runs, style, context.columnWidth - QUOTE_INDENT, context.measure).map((line) => {
    const shifted = shiftLine(line, QUOTE_INDENT);
    shifted.items.push({ kind: 'rule', x: 2, y: 0, width: 2.2, height: line.height, color: ACCENT });
    return shifted;
  });
  return { ...textUnit(lines, style, false), spaceBefore: style.spaceBefore, spaceAfter: style.spaceAfter };
}

function shiftLine(line: LineBox, dx: number): LineBox {
  return { height: line.height, items: line.items.map((item) => translate(item, dx, 0)) };
}

/** The photo at column width (smaller if the column is not tall enough), its caption right under it. */
function photoUnit(block: Extract<Block, { kind: 'photo' }>, context: UnitContext): FlowUnit {
  const { styles, measure, columnWidth, columnHeight } = context;
  const runs: Run[] = [];
  if (block.caption !== '') runs.push({ text: block.caption, bold: false, italic: false });
  if (block.credit !== '') runs.push({ text: `${block.caption !== '' ? ' ' : ''}Ảnh: ${block.credit}`, bold: true, italic: false });
  const captionLines = setParagraph(runs, { ...styles.caption, align: 'left' }, columnWidth, measure);
  const captionHeight = captionLines.reduce((sum, l) => sum + l.height, 0);
  const gap = captionLines.length > 0 ? 4 : 0;

  const info = context.photos.get(block.asset);
  const aspect = info?.ok ? info.height / info.width : 2 / 3;
  let width = columnWidth;
  let height = width * aspect;
  const room = columnHeight - captionHeight - gap;
  if (height > room) {
    height = room;
    width = height / aspect;
  }
  const x = (columnWidth - width) / 2;
  const picture: PageItem = info?.ok
    ? { kind: 'photo', x, y: 0, width, height, asset: block.asset }
    : { kind: 'placeholder', x, y: 0, width, height, label: PLACEHOLDER_LABEL[info?.problem ?? 'missing'] };
  const items: PageItem[] = [picture];
  let y = height + gap;
  for (const line of captionLines) {
    items.push(...line.items.map((item) => translate(item, 0, y)));
    y += line.height;
  }
  return { lines: [{ height: y, items }], spaceBefore: 6, spaceAfter: styles.caption.spaceAfter, keepWithNext: false, atomic: true };
}
