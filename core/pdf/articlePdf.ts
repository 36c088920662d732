import type { Article } from '../model/article.ts';
import type { ArticlePrintOptions } from '../model/print.ts';
import { articleBlocks } from './blocks.ts';
import { flowUnits } from './flow.ts';
import { columnWidth, printBoxes, textFrame } from './paper.ts';
import { finishJob, startJob, type PrintedPdf, type PrintInputs } from './printJob.ts';
import { styleSheet } from './styles.ts';
import { blocksToUnits } from './units.ts';

/** One article, print-ready: a pure function of the stored article, its photos and the fonts. */
export async function articlePdf(article: Article, options: ArticlePrintOptions, inputs: PrintInputs): Promise<PrintedPdf> {
  const blocks = articleBlocks(article);
  const job = await startJob(blocks, inputs);
  const boxes = printBoxes(options.paper, options.bleedMm, options.cropMarks);
  const frame = textFrame(boxes, 1);
  const styles = styleSheet(options.paper, 1);
  const units = await blocksToUnits(blocks, {
    styles,
    measure: job.fonts.measure,
    columnWidth: columnWidth(frame),
    columnHeight: frame.height,
    photos: job.photos,
  });
  const { pages } = flowUnits(units, frame, article.category);
  return finishJob(job, { boxes, frame, styles, pages }, [{ article, blocks }], {
    title: article.title,
    author: article.byline,
    subject: article.sapo,
    keywords: article.tags,
    created: inputs.now,
  });
}
