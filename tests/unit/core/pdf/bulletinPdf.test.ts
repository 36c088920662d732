import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../../core/model/article.ts';
import type { BulletinOptions } from '../../../../core/model/print.ts';
import { BulletinSettingsSchema } from '../../../../core/model/bulletinSettings.ts';
import { imposeBooklet } from '../../../../core/pdf/booklet.ts';
import { bulletinPdf } from '../../../../core/pdf/bulletinPdf.ts';
import { contentsEntries, normaliseText, pdffonts, pdfinfo, pdftotext, pdftotextArea, qpdfCheck } from '../../../helpers/pdfTools.ts';
import { seedArticles } from '../../../helpers/sampleNewsroom.ts';
import { answeringWhile, printInputs } from './printFixtures.ts';

let articles: Article[];
beforeAll(async () => {
  articles = await seedArticles();
});

const options = (columns: 1 | 2): BulletinOptions => ({
  articleIds: articles.map((a) => a.id),
  title: 'Bản tin Nông thôn mới',
  issue: '12',
  date: '2024-03-05',
  paper: 'A4',
  columns,
});

const LOGO = '158457614eff0a3e2ad12e3805cb95a733cfa65174dacc36a3ea173fca199883.jpg';
const settings = BulletinSettingsSchema.parse({
  issuingBody: 'Sở Thông tin và Truyền thông tỉnh Nghệ An',
  logoAsset: LOGO,
  responsible: 'Nguyễn Văn An, Giám đốc Sở',
  editorialBoard: 'Trần Thị Bình (Trưởng ban), Lê Văn Cường',
  licence: '12/GP-XBBT',
  licenceAuthority: 'Sở Thông tin và Truyền thông',
  printRun: '500',
  size: '21 × 29,7 cm',
  printer: 'Công ty In Nghệ An',
  address: '16 Trường Thi, TP Vinh',
});

describe('bulletin PDF', () => {
  it('opens on the masthead, a contents box and the first article on page 1, numbers that lead to each article, and Trang N/M on every page', async () => {
    const { bytes, pages } = await bulletinPdf(articles, options(1), await printInputs(), settings);
    expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors');
    for (const font of pdffonts(bytes)) expect(font).toMatchObject({ emb: 'yes', sub: 'yes' });
    expect(pdfinfo(bytes).Title).toBe('Bản tin Nông thôn mới — Số 12');

    const front = normaliseText(pdftotext(bytes, 1));
    expect(front).toContain('SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH NGHỆ AN Bản tin Nông thôn mới Số 12 · ngày 5 tháng 3 năm 2024 TRONG SỐ NÀY');
    expect(front).toContain(normaliseText(articles[0]!.title));
    expect(front).toContain(normaliseText(articles[0]!.sapo).slice(0, 60));
    // The logo is drawn at the masthead's left.
    expect(pages[0]!.items.some((item) => item.kind === 'photo' && item.asset === LOGO)).toBe(true);

    const entries = contentsEntries(bytes);
    expect(entries.map((e) => e.start)).toEqual(articles.map((a) => expect.stringContaining(normaliseText(a.title).slice(0, 25))));
    for (const [index, entry] of entries.entries()) {
      const page = normaliseText(pdftotext(bytes, entry.page));
      expect(page, `contents say "${entry.start}" starts on page ${entry.page}`).toContain(
        normaliseText(articles[index]!.title).slice(0, 40),
      );
      if (entry.page - 1 > 1)
        expect(normaliseText(pdftotext(bytes, entry.page - 1))).not.toContain(normaliseText(articles[index]!.title).slice(0, 40));
    }
    for (let n = 1; n <= pages.length; n++) expect(pdftotext(bytes, n)).toContain(`Trang ${n}/${pages.length}`);
  });

  it('closes the last page with the imprint of a licensed bulletin', async () => {
    const { bytes, pages } = await bulletinPdf(articles, options(2), await printInputs(), settings);
    const last = normaliseText(pdftotext(bytes, pages.length));
    for (const line of [
      'Bản tin Nông thôn mới · Số 12 · ngày 5 tháng 3 năm 2024',
      'Cơ quan chủ quản: Sở Thông tin và Truyền thông tỉnh Nghệ An',
      'Chịu trách nhiệm xuất bản: Nguyễn Văn An, Giám đốc Sở',
      'Ban biên tập: Trần Thị Bình (Trưởng ban), Lê Văn Cường',
      'Giấy phép xuất bản: số 12/GP-XBBT do Sở Thông tin và Truyền thông cấp',
      'In: 500 bản, khổ 21 × 29,7 cm, tại Công ty In Nghệ An',
      'Địa chỉ: 16 Trường Thi, TP Vinh',
    ])
      expect(last).toContain(line);
    for (let n = 1; n < pages.length; n++) expect(normaliseText(pdftotext(bytes, n))).not.toContain('Chịu trách nhiệm xuất bản');
  });

  it('names in each running header the article the page starts with', async () => {
    const { bytes, pages } = await bulletinPdf(articles, options(1), await printInputs(), settings);
    const starts = contentsEntries(bytes).map((entry) => entry.page);
    for (let n = 2; n <= pages.length; n++) {
      const header = normaliseText(pdftotextArea(bytes, n, 0, 0, 600, 50));
      const owner = articles[starts.findLastIndex((start) => start <= n)]!;
      expect(header, `page ${n}`).toContain(normaliseText(owner.title).toLocaleUpperCase('vi').slice(0, 30));
    }
  });

  it('flows articles on in two columns, fewer pages than one column, each article ending with level columns', async () => {
    const one = await bulletinPdf(articles, options(1), await printInputs());
    const two = await bulletinPdf(articles, options(2), await printInputs());
    expect(qpdfCheck(two.bytes)).toContain('No syntax or stream encoding errors');
    expect(two.pages.length).toBeLessThan(one.pages.length);
    const middle = two.boxes.trimWidth / 2;
    const leading = 14.5 * 0.92;
    // Where an article that began on an earlier page ends, its two columns end within two lines of each other.
    let checked = 0;
    // Signatures in reading order (page, column, depth): the k-th closes the k-th article.
    const signatures = two.pages
      .flatMap((page, n) =>
        page.items.flatMap((i) =>
          i.kind === 'line' && i.pieces[0]!.face === 'serifBold' && i.pieces[0]!.text === articles[0]!.byline ? [{ n, i }] : [],
        ),
      )
      .sort((a, b) => a.n - b.n || Number(a.i.x >= middle) - Number(b.i.x >= middle) || a.i.y - b.i.y);
    expect(signatures).toHaveLength(articles.length);
    for (const [k, article] of articles.entries()) {
      const { n, i: signature } = signatures[k]!;
      const page = two.pages[n]!;
      const title = page.items.find(
        (i) => i.kind === 'line' && i.pieces[0]!.face === 'sansBold' && article.title.normalize('NFC').startsWith(i.pieces[0]!.text.trim()),
      );
      if (title) continue;
      const previous = signatures[k - 1];
      const from = previous && previous.n === n ? previous.i.y : -Infinity;
      const lines = page.items.filter((i) => i.kind === 'line' && i.pieces[0]!.face === 'serif' && i.y > from && i.y <= signature.y + 1);
      const left = Math.max(...lines.filter((i) => i.x < middle).map((i) => i.y));
      const right = Math.max(...lines.filter((i) => i.x >= middle).map((i) => i.y));
      expect(Math.abs(left - right), article.title).toBeLessThanOrEqual(2 * leading + 1);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('never leaves a caption apart from its photo', async () => {
    for (const columns of [1, 2] as const) {
      const { pages } = await bulletinPdf(articles, options(columns), await printInputs(), settings);
      for (const page of pages) {
        for (const photo of page.items) {
          if (photo.kind !== 'photo' || photo.asset === LOGO) continue;
          const below = page.items.filter(
            (i) => i.kind === 'line' && i.x >= photo.x - 100 && i.y > photo.y + photo.height && i.y < photo.y + photo.height + 20,
          );
          expect(below.length, `caption under the photo on a page of the ${columns}-column bulletin`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('lays A5 pages two-up on A4 landscape in saddle-stitch order, blanks at the end (read back per half sheet)', async () => {
    const a5 = await bulletinPdf(articles, { ...options(1), paper: 'A5' }, await printInputs(), settings);
    const count = a5.pages.length;
    const bytes = await imposeBooklet(a5.bytes);
    expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors');
    const info = pdfinfo(bytes);
    const total = Math.ceil(count / 4) * 4;
    expect(Number(info.Pages)).toBe(total / 2);
    expect(info['Page size']).toMatch(/^841\.89 x 595\.276? pts \(A4\)/);
    const label = (side: number, half: number) => {
      const match = /Trang (\d+)\/(\d+)/.exec(pdftotextArea(bytes, side, half * 421, 0, 421, 595));
      return match ? Number(match[1]) : null;
    };
    const sides = Array.from({ length: total / 2 }, (_, i) => [label(i + 1, 0), label(i + 1, 1)]);
    // Sheet 1 front: the last page (blank when padded) and page 1; its back: page 2 and the one before last; and so on inwards.
    const expected: Array<Array<number | null>> = [];
    for (let sheet = 0; sheet < total / 4; sheet++) {
      expected.push([total - 2 * sheet, 1 + 2 * sheet], [2 + 2 * sheet, total - 1 - 2 * sheet]);
    }
    expect(sides).toEqual(expected.map((side) => side.map((n) => (n! <= count ? n : null))));
    expect(
      sides
        .flat()
        .filter((n) => n !== null)
        .sort((a, b) => a! - b!),
    ).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  it('answers what else the process is asked while it typesets, at least once per paragraph and per page', async () => {
    // Without photos, whose files are read and resampled off the event loop: the typesetting itself must give way.
    const textOnly = articles.map((article) => ({
      ...article,
      featuredPhoto: null,
      body: { root: { ...article.body.root, children: article.body.root.children.filter((node) => node.type !== 'image') } },
    }));
    const inputs = await printInputs();
    const { result, answered } = await answeringWhile(() => bulletinPdf(textOnly, options(2), inputs));
    const paragraphs = textOnly.reduce((sum, article) => sum + article.body.root.children.length, 0);
    expect(answered).toBeGreaterThanOrEqual(paragraphs + result.pages.length);
  });
});
