import type { Article } from '../model/article.ts';
import type { BulletinOptions } from '../model/print.ts';
import { articleBlocks, datelineText, type Block } from './blocks.ts';
import { flowUnits } from './flow.ts';
import type { PageLayout } from './layout.ts';
import type { MeasureText } from './measure.ts';
import { columnWidth, printBoxes, textFrame, type Frame } from './paper.ts';
import { setParagraph, type LineBox } from './paragraph.ts';
import { finishJob, PORTAL_NAME, startJob, type PrintedPdf, type PrintInputs } from './printJob.ts';
import { ACCENT, styleSheet, type StyleSheet } from './styles.ts';
import { blocksToUnits, textUnit, type FlowUnit } from './units.ts';

/**
 * A bulletin (bản tin): masthead and contents on the first page(s), then the articles, each on a
 * new page in one column or flowing on in two. The contents give the page each article starts on.
 */
export async function bulletinPdf(articles: readonly Article[], options: BulletinOptions, inputs: PrintInputs): Promise<PrintedPdf> {
  const parts = articles.map((article) => ({ article, blocks: articleBlocks(article) }));
  const job = await startJob(
    parts.flatMap((p) => p.blocks),
    inputs,
  );
  const boxes = printBoxes(options.paper, 0, false);
  const styles = styleSheet(options.paper, options.columns);
  const frame = textFrame(boxes, options.columns);
  const units: FlowUnit[] = [];
  parts.forEach(({ article, blocks }, index) => {
    const articleUnits = blocksToUnits(blocks, {
      styles,
      measure: job.fonts.measure,
      columnWidth: columnWidth(frame),
      columnHeight: frame.height,
      photos: job.photos,
    });
    const first = articleUnits[0];
    if (first) {
      first.opens = { key: String(index), section: article.category };
      first.breakBefore = options.columns === 1 || index === 0;
      if (index > 0) first.spaceBefore = styles.h2.leading * 1.5;
    }
    units.push(...articleUnits);
  });
  const body = flowUnits(units, frame, null);

  const contentsFrame = textFrame(boxes, 1);
  const startOf = (contentsPages: number) => parts.map((_, i) => contentsPages + (body.starts.get(String(i)) ?? 0));
  const draft = contentsPages(parts, options, styles, contentsFrame, job.fonts.measure, startOf(1));
  const front = contentsPages(parts, options, styles, contentsFrame, job.fonts.measure, startOf(draft.length));
  const pages: PageLayout[] = [...front, ...body.pages];

  const issue = options.issue !== '' ? `số ${options.issue}, ` : '';
  return finishJob(job, { boxes, frame, styles, pages }, parts, {
    title: options.issue !== '' ? `${options.title} — Số ${options.issue}` : options.title,
    author: PORTAL_NAME,
    subject: `Bản tin ${options.title}, ${issue}${longDate(options.date)}`,
    keywords: [...new Set(articles.map((a) => a.category).filter((c) => c !== ''))],
    created: inputs.now,
  });
}

export function longDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `ngày ${Number(d)} tháng ${Number(m)} năm ${y}`;
}

const PAGE_NUMBER_ROOM = 40;

/** The masthead and the contents, with links to the page each article starts on (0-based `starts`). */
function contentsPages(
  parts: ReadonlyArray<{ article: Article; blocks: readonly Block[] }>,
  options: BulletinOptions,
  styles: StyleSheet,
  frame: Frame,
  measure: MeasureText,
  starts: number[],
): PageLayout[] {
  const width = frame.width;
  const set = (text: string, style: StyleSheet[keyof StyleSheet], bold = false) =>
    setParagraph([{ text: text.normalize('NFC'), bold, italic: false }], style, width, measure);
  const center = { align: 'center' as const };
  const units: FlowUnit[] = [
    textUnit(set(PORTAL_NAME.toLocaleUpperCase('vi'), { ...styles.kicker, ...center, size: styles.kicker.size * 1.3, leading: styles.kicker.leading * 1.3 }), styles.kicker, true),
    textUnit(set(options.title, styles.mastheadTitle), styles.mastheadTitle, true),
    textUnit(
      set([options.issue !== '' ? `Số ${options.issue}` : '', longDate(options.date)].filter((s) => s !== '').join(' · '), { ...styles.meta, ...center, color: styles.body.color }),
      styles.meta,
      true,
    ),
    textUnit([{ height: 24, items: [{ kind: 'rule', x: 0, y: 4, width, height: 1.6, color: ACCENT }] }], styles.meta, true),
    textUnit(set('MỤC LỤC', styles.h2), styles.h2, true),
  ];
  parts.forEach(({ article }, index) => {
    const page = starts[index]!;
    const entryStyle = styles.contentsEntry;
    const lines: LineBox[] = setParagraph([{ text: article.title, bold: false, italic: false }], entryStyle, width - PAGE_NUMBER_ROOM, measure);
    const meta = [article.category, article.byline, datelineText('', article.dateline.date)].filter((s) => s !== '').join(' · ');
    lines.push(...setParagraph([{ text: meta, bold: false, italic: false }], styles.meta, width - PAGE_NUMBER_ROOM, measure));
    const number = String(page + 1);
    const numberWidth = measure('sansBold', number) * entryStyle.size;
    const firstLine = lines[0]!;
    firstLine.items.push({
      kind: 'line',
      x: width - numberWidth,
      y: entryStyle.leading / 2 + entryStyle.size * 0.36,
      width: numberWidth,
      pieces: [{ text: number, face: 'sansBold', size: entryStyle.size, color: ACCENT, shift: 0 }],
    });
    for (const line of lines) line.items.push({ kind: 'goto', x: 0, y: 0, width, height: line.height, page });
    units.push({ lines, spaceBefore: 0, spaceAfter: entryStyle.spaceAfter, keepWithNext: false, atomic: true });
  });
  return flowUnits(units, frame, null).pages;
}
