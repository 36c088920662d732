import type { Article } from '../model/article.ts';
import { EMPTY_BULLETIN_SETTINGS, type BulletinSettings } from '../model/bulletinSettings.ts';
import type { BulletinOptions } from '../model/print.ts';
import { articleBlocks } from './blocks.ts';
import { flowUnits } from './flow.ts';
import { imprint } from './imprint.ts';
import { translate, type PageLayout } from './layout.ts';
import { contentsNumber, issueLine, masthead } from './masthead.ts';
import { columnWidth, printBoxes, textFrame } from './paper.ts';
import { finishJob, PORTAL_NAME, startJob, type PrintedPdf, type PrintInputs } from './printJob.ts';
import { styleSheet } from './styles.ts';
import { blocksToUnits, type FlowUnit } from './units.ts';

/** Space kept between the last article and the imprint under it. */
const IMPRINT_GAP = 18;

/**
 * A bulletin (bản tin): page 1 carries the masthead, a compact contents box and the start of the
 * first article; the articles follow, each on a new page in one column or flowing on in two with
 * the columns of an article's last page ending level; the imprint closes the last page.
 */
export async function bulletinPdf(
  articles: readonly Article[],
  options: BulletinOptions,
  inputs: PrintInputs,
  settings: BulletinSettings = EMPTY_BULLETIN_SETTINGS,
): Promise<PrintedPdf> {
  const parts = articles.map((article) => ({ article, blocks: articleBlocks(article) }));
  const logo = settings.logoAsset;
  const job = await startJob(
    parts.flatMap((p) => p.blocks),
    inputs,
    logo !== null ? [logo] : [],
  );
  const boxes = printBoxes(options.paper, 0, false);
  const styles = styleSheet(options.paper, options.columns);
  const frame = textFrame(boxes, options.columns);
  const measure = job.fonts.measure;

  const head = masthead({
    title: options.title,
    issue: options.issue,
    date: options.date,
    settings,
    logo: logo !== null ? (job.photos.get(logo) ?? null) : null,
    articleTitles: articles.map((a) => a.title),
    styles,
    width: frame.width,
    measure,
  });

  const units: FlowUnit[] = [];
  for (const [index, { article, blocks }] of parts.entries()) {
    const articleUnits = await blocksToUnits(blocks, {
      styles,
      measure,
      columnWidth: columnWidth(frame),
      columnHeight: frame.height,
      photos: job.photos,
    });
    const first = articleUnits[0];
    if (first) {
      first.opens = { key: String(index), section: article.title };
      first.breakBefore = options.columns === 1 && index > 0;
      if (index > 0) first.spaceBefore = styles.h2.leading * 1.5;
    }
    units.push(...articleUnits);
  }
  const body = flowUnits(units, frame, null, { firstPageTop: head.height, balanceColumns: options.columns > 1 });
  const pages: PageLayout[] = body.pages;

  const first = pages[0]!;
  first.items.unshift(...head.items.map((item) => translate(item, frame.left, frame.top)));
  head.numberSlots.forEach((slot, index) => {
    const page = body.starts.get(String(index)) ?? 0;
    first.items.push(...contentsNumber(slot, page, measure).map((item) => translate(item, frame.left, frame.top)));
  });

  const closing = imprint(options.title, options.issue, options.date, settings, styles, frame.width, measure);
  const imprintTop = frame.height - closing.height;
  let last = pages[pages.length - 1]!;
  if (body.lastPageDepth + IMPRINT_GAP > imprintTop) {
    last = { items: [], section: last.section };
    pages.push(last);
  }
  last.items.push(...closing.items.map((item) => translate(item, frame.left, frame.top + imprintTop)));

  const runningName = `${options.title} · ${issueLine(options.issue, options.date)}`;
  return finishJob(
    job,
    { boxes, frame, styles, pages },
    parts,
    {
      title: options.issue !== '' ? `${options.title} — Số ${options.issue}` : options.title,
      author: settings.issuingBody !== '' ? settings.issuingBody : PORTAL_NAME,
      subject: `Bản tin ${options.title}, ${issueLine(options.issue, options.date).replace(' · ', ', ')}`,
      keywords: [...new Set(articles.map((a) => a.category).filter((c) => c !== ''))],
      created: inputs.now,
    },
    runningName,
  );
}
