import { readdir, readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleSchema, type Article } from '../../../../core/model/article.ts';
import type { BulletinOptions } from '../../../../core/model/print.ts';
import { bulletinPdf } from '../../../../core/pdf/bulletinPdf.ts';
import { pageThumbnailSvg } from '../../../../core/pdf/pageThumbnail.ts';
import { contentsEntries, normaliseText, pdffonts, pdfinfo, pdftotext, qpdfCheck } from '../../../helpers/pdfTools.ts';
import { SEEDS_DIR } from '../../../helpers/sampleNewsroom.ts';
import { printInputs } from './printFixtures.ts';

let articles: Article[];
beforeAll(async () => {
  const files = (await readdir(`${SEEDS_DIR}/articles`)).sort();
  articles = await Promise.all(files.map(async (f) => ArticleSchema.parse(JSON.parse(await readFile(`${SEEDS_DIR}/articles/${f}`, 'utf8')))));
});

const options = (columns: 1 | 2): BulletinOptions => ({
  articleIds: articles.map((a) => a.id),
  title: 'Bản tin Nông thôn mới',
  issue: '12',
  date: '2024-03-05',
  paper: 'A4',
  columns,
});

describe('bulletin PDF', () => {
  it('has a masthead, a contents page whose page numbers are where each article starts, and Trang N/M on every page', async () => {
    const { bytes, pages } = await bulletinPdf(articles, options(1), await printInputs());
    expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors');
    for (const font of pdffonts(bytes)) expect(font).toMatchObject({ emb: 'yes', sub: 'yes' });
    expect(pdfinfo(bytes).Title).toBe('Bản tin Nông thôn mới — Số 12');

    const front = normaliseText(pdftotext(bytes, 1));
    expect(front).toContain('CỔNG THÔNG TIN ĐIỆN TỬ TỈNH Bản tin Nông thôn mới Số 12 · ngày 5 tháng 3 năm 2024 MỤC LỤC');

    const entries = contentsEntries(bytes);
    expect(entries.map((e) => e.start)).toEqual(articles.map((a) => expect.stringContaining(a.title.slice(0, 25))));
    for (const [index, entry] of entries.entries()) {
      const page = normaliseText(pdftotext(bytes, entry.page));
      expect(page, `contents say "${entry.start}" starts on page ${entry.page}`).toContain(normaliseText(articles[index]!.title).slice(0, 40));
      // The page before is the contents page or the previous article, never this one already.
      if (entry.page - 1 > 1) expect(normaliseText(pdftotext(bytes, entry.page - 1))).not.toContain(normaliseText(articles[index]!.title).slice(0, 40));
    }
    for (let n = 1; n <= pages.length; n++) expect(pdftotext(bytes, n)).toContain(`Trang ${n}/${pages.length}`);
  });

  it('flows articles on in two columns, on fewer pages than one column takes', async () => {
    const one = await bulletinPdf(articles, options(1), await printInputs());
    const two = await bulletinPdf(articles, options(2), await printInputs());
    expect(qpdfCheck(two.bytes)).toContain('No syntax or stream encoding errors');
    expect(two.pages.length).toBeLessThan(one.pages.length);
    // Two columns: some lines start right of the page's middle.
    const middle = two.boxes.trimWidth / 2;
    expect(two.pages[1]!.items.some((item) => item.kind === 'line' && item.x > middle)).toBe(true);
    for (const entry of contentsEntries(two.bytes)) expect(entry.page).toBeLessThanOrEqual(two.pages.length);
  });

  it('draws a page plan thumbnail for every page', async () => {
    const printed = await bulletinPdf(articles.slice(0, 2), { ...options(1), articleIds: articles.slice(0, 2).map((a) => a.id) }, await printInputs());
    const svgs = printed.pages.map((page, i) => pageThumbnailSvg(page, printed.boxes, printed.frame, i + 1, printed.pages.length));
    expect(svgs).toHaveLength(printed.pages.length);
    for (const [i, svg] of svgs.entries()) {
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 595.3 841.9"/);
      expect(svg).toContain(`<title>Trang ${i + 1}/${printed.pages.length}</title>`);
      expect((svg.match(/<rect /g) ?? []).length).toBeGreaterThan(5);
    }
  });
});
