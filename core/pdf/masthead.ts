import type { BulletinSettings } from '../model/bulletinSettings.ts';
import type { Run } from './blocks.ts';
import { translate, type Face, type PageItem } from './layout.ts';
import type { MeasureText } from './measure.ts';
import { setParagraph, type LineBox } from './paragraph.ts';
import type { PhotoInfo } from './photoInfo.ts';
import { ACCENT, INK, type StyleSheet, type TextStyle } from './styles.ts';

export interface MastheadInput {
  title: string;
  issue: string;
  /** ISO date of the issue. */
  date: string;
  settings: BulletinSettings;
  logo: PhotoInfo | null;
  articleTitles: readonly string[];
  styles: StyleSheet;
  width: number;
  measure: MeasureText;
}

/** Where the contents box writes an article's page number once the pages are known. */
export interface NumberSlot {
  x: number;
  y: number;
  width: number;
  size: number;
  /** The entry's whole line: a click there goes to the article. */
  line: { x: number; y: number; width: number; height: number };
}

export interface Masthead {
  /** Relative to the top-left corner of the text frame. */
  items: PageItem[];
  height: number;
  numberSlots: NumberSlot[];
}

const LOGO_SIZE = 58;
const BOX_PADDING = 8;
const BOX_TINT = [0.96, 0.94, 0.91] as const;
const NUMBER_ROOM = 22;

/** "Số 12 · ngày 2 tháng 12 năm 2026", the way Vietnamese bulletins date an issue. */
export function issueLine(issue: string, isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  const date = `ngày ${Number(d)} tháng ${Number(m)} năm ${y}`;
  return issue !== '' ? `Số ${issue} · ${date}` : date;
}

/**
 * The head of page 1: the issuing body, the logo, the bulletin's name and its issue line, then a
 * compact contents box (one line per article, two columns) that leaves room for the first article.
 */
export function masthead(input: MastheadInput): Masthead {
  const { styles, width, measure, settings } = input;
  const items: PageItem[] = [{ kind: 'rule', x: 0, y: 0, width, height: 2.5, color: ACCENT }];
  let cursor = 8;
  const hasLogo = input.logo?.ok === true && settings.logoAsset !== null;
  const textX = hasLogo ? LOGO_SIZE + 12 : 0;
  const textWidth = width - textX;
  const place = (lines: LineBox[], x: number) => {
    for (const line of lines) {
      items.push(...line.items.map((item) => translate(item, x, cursor)));
      cursor += line.height;
    }
  };
  const plain = (text: string, bold = false): Run[] => [{ text: text.normalize('NFC'), bold, italic: false }];
  const align = hasLogo ? ('left' as const) : ('center' as const);

  const top = cursor;
  if (hasLogo && input.logo?.ok) {
    const aspect = input.logo.height / input.logo.width;
    const logoWidth = aspect >= 1 ? LOGO_SIZE / aspect : LOGO_SIZE;
    const logoHeight = aspect >= 1 ? LOGO_SIZE : LOGO_SIZE * aspect;
    items.push({
      kind: 'photo',
      x: (LOGO_SIZE - logoWidth) / 2,
      y: top + (LOGO_SIZE - logoHeight) / 2,
      width: logoWidth,
      height: logoHeight,
      asset: settings.logoAsset!,
    });
  }
  if (settings.issuingBody !== '') {
    const style: TextStyle = { ...styles.kicker, color: INK, size: styles.kicker.size * 1.15, leading: styles.kicker.leading * 1.2, align };
    place(setParagraph(plain(settings.issuingBody.toLocaleUpperCase('vi'), true), style, textWidth, measure), textX);
  }
  place(setParagraph(plain(input.title, true), { ...styles.mastheadTitle, align }, textWidth, measure), textX);
  place(
    setParagraph(
      plain(issueLine(input.issue, input.date)),
      { ...styles.meta, color: INK, size: styles.meta.size * 1.2, leading: styles.meta.leading * 1.2, align },
      textWidth,
      measure,
    ),
    textX,
  );
  cursor = Math.max(cursor, hasLogo ? top + LOGO_SIZE : 0) + 6;
  items.push({ kind: 'rule', x: 0, y: cursor, width, height: 0.8, color: INK });
  cursor += 8;

  const numberSlots = contentsBox(input, items, cursor);
  cursor += numberSlots.height + 14;
  return { items, height: cursor, numberSlots: numberSlots.slots };
}

/** The contents box: "Trong số này", then each title on one line (cut with … when long), its page number at the right. */
function contentsBox(input: MastheadInput, items: PageItem[], top: number): { slots: NumberSlot[]; height: number } {
  const { styles, width, measure } = input;
  const entry: TextStyle = {
    ...styles.contentsEntry,
    size: styles.contentsEntry.size * 0.82,
    leading: styles.contentsEntry.leading * 0.8,
    align: 'left',
  };
  const heading: TextStyle = { ...styles.kicker, align: 'left' };
  const columns = input.articleTitles.length > 3 ? 2 : 1;
  const gutter = 14;
  const inner = width - 2 * BOX_PADDING;
  const columnWidth = (inner - gutter * (columns - 1)) / columns;
  const rows = Math.ceil(input.articleTitles.length / columns);

  const background: PageItem = { kind: 'rule', x: 0, y: top, width, height: 0, color: BOX_TINT };
  items.push(background);
  let y = top + BOX_PADDING;
  for (const line of setParagraph([{ text: 'TRONG SỐ NÀY', bold: true, italic: false }], heading, inner, measure)) {
    items.push(...line.items.map((item) => translate(item, BOX_PADDING, y)));
    y += line.height;
  }
  y += 2;
  const slots: NumberSlot[] = [];
  input.articleTitles.forEach((title, index) => {
    const column = Math.floor(index / rows);
    const row = index % rows;
    const x = BOX_PADDING + column * (columnWidth + gutter);
    const lineTop = y + row * entry.leading;
    const text = fitOnOneLine(title.normalize('NFC'), entry.face, entry.size, columnWidth - NUMBER_ROOM, measure);
    const [line] = setParagraph([{ text, bold: false, italic: false }], entry, columnWidth - NUMBER_ROOM, measure);
    if (line) items.push(...line.items.map((item) => translate(item, x, lineTop)));
    const baseline = entry.leading / 2 + entry.size * 0.36;
    slots.push({
      x: x + columnWidth,
      y: lineTop + baseline,
      width: NUMBER_ROOM,
      size: entry.size,
      line: { x, y: lineTop, width: columnWidth, height: entry.leading },
    });
  });
  const height = y + rows * entry.leading + BOX_PADDING - top;
  background.height = height;
  return { slots, height };
}

/** The page number, right-aligned in its slot, and the link from the whole entry to that page. */
export function contentsNumber(slot: NumberSlot, page: number, measure: MeasureText): PageItem[] {
  const text = String(page + 1);
  const width = measure('sansBold', text) * slot.size;
  return [
    { kind: 'line', x: slot.x - width, y: slot.y, width, pieces: [{ text, face: 'sansBold', size: slot.size, color: ACCENT, shift: 0 }] },
    { kind: 'goto', ...slot.line, page },
  ];
}

/** The text as it fits on one line of `width`, cut at a word with "…" when it does not. */
export function fitOnOneLine(text: string, face: Face, size: number, width: number, measure: MeasureText): string {
  if (measure(face, text) * size <= width) return text;
  const words = text.split(/\s+/);
  while (words.length > 1) {
    words.pop();
    const cut = `${words.join(' ').replace(/[,:;.–—-]+$/u, '')}…`;
    if (measure(face, cut) * size <= width) return cut;
  }
  return `${words[0] ?? ''}…`;
}
