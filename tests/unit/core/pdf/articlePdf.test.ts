import { PDFDocument, PDFFont, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../../core/model/article.ts';
import { documentText } from '../../../../core/model/document.ts';
import { articlePdf } from '../../../../core/pdf/articlePdf.ts';
import { ink, normaliseText, pdffonts, pdfinfo, pdftotext, qpdfCheck, rasterise, tool, withPdfFile } from '../../../helpers/pdfTools.ts';
import { sampleArticle, SAMPLE_CAPTION } from '../../../helpers/sampleNewsroom.ts';
import { answeringWhile, paragraph, printInputs, richArticle, text } from './printFixtures.ts';

const A4 = { paper: 'A4', bleedMm: 0, cropMarks: false } as const;
let sample: Article;
beforeAll(async () => {
  sample = await sampleArticle();
});

describe('article PDF', () => {
  it('is a valid A4 file with every font embedded and subset, and the document metadata', async () => {
    const { bytes, pages } = await articlePdf(sample, A4, await printInputs());
    expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors');
    const fonts = pdffonts(bytes);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of fonts) expect(font, font.name).toMatchObject({ emb: 'yes', sub: 'yes' });
    expect(fonts.map((f) => f.name).join(' ')).toMatch(/NotoSerif-Regular.*|NotoSans-Bold/);

    const info = pdfinfo(bytes);
    expect(info['Page size']).toBe('595.276 x 841.89 pts (A4)');
    expect(info.Pages).toBe(String(pages.length));
    expect(info.Title).toBe(sample.title);
    expect(info.Author).toBe('Bích Diệp');
    expect(info.Subject).toBe(sample.sapo);
    expect(info.CreationDate).toMatch(/2024/);
    const doc = await PDFDocument.load(bytes);
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(vi)');
  });

  it('answers what else the process is asked while it typesets a long article, at least once per paragraph and per page', async () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) =>
      paragraph(
        text(`Đoạn ${i + 1}: tỉnh phấn đấu có thêm mười xã đạt chuẩn nông thôn mới, nâng cao chất lượng các tiêu chí đã đạt. `.repeat(6)),
      ),
    );
    const long: Article = { ...sample, featuredPhoto: null, body: { root: { ...sample.body.root, children: paragraphs } } };
    const inputs = await printInputs();
    const { result, answered } = await answeringWhile(() => articlePdf(long, A4, inputs));
    expect(result.pages.length).toBeGreaterThan(5);
    expect(answered).toBeGreaterThanOrEqual(paragraphs.length + result.pages.length);
  });

  it('reads each font, and makes each font’s subset as it saves, in a turn of its own', async () => {
    const inputs = await printInputs();
    const reads: number[] = [];
    const subsets: number[] = [];
    const { embedFont } = PDFDocument.prototype;
    const { embed } = PDFFont.prototype;
    await answeringWhile((answeredSoFar) => {
      vi.spyOn(PDFDocument.prototype, 'embedFont').mockImplementation(function (this: PDFDocument, ...args) {
        reads.push(answeredSoFar());
        return embedFont.apply(this, args);
      });
      vi.spyOn(PDFFont.prototype, 'embed').mockImplementation(function (this: PDFFont) {
        subsets.push(answeredSoFar());
        return embed.call(this);
      });
      return articlePdf(sample, A4, inputs).finally(() => vi.restoreAllMocks());
    });
    // Saving asks every font again, finding it made: only the first time each counts.
    const made = subsets.slice(0, reads.length);
    expect(reads.length).toBeGreaterThan(1);
    expect(new Set(reads).size).toBe(reads.length);
    expect(new Set(made).size).toBe(made.length);
  });

  it('reads back, through pdftotext, exactly the article’s text in NFC', async () => {
    const { bytes, pages } = await articlePdf(sample, A4, await printInputs());
    const chrome = [/Cổng thông tin điện tử tỉnh/g, /NÔNG THÔN MỚI/g, /Trang \d+\/\d+/g];
    const strip = (value: string) => normaliseText(chrome.reduce((t, pattern) => t.replace(pattern, ' '), value));
    const [first, ...rest] = sample.body.root.children.map((node) => documentText({ root: { ...sample.body.root, children: [node] } }));
    const expected = [sample.title, 'Bích Diệp · UBND tỉnh, 25/02/2021', sample.sapo, first, ...rest, 'Bích Diệp'].join(' ');
    expect(strip(pdftotext(bytes))).toBe(strip(expected));
    expect(pdftotext(bytes, pages.length)).toContain(`Trang ${pages.length}/${pages.length}`);
  });

  it('puts ink where every text line is, and none in the margins (the glyphs really render)', async () => {
    const { bytes, pages } = await articlePdf(sample, A4, await printInputs());
    for (const [index, page] of pages.entries()) {
      const image = rasterise(bytes, index + 1, 50);
      const lines = page.items.filter((item) => item.kind === 'line');
      expect(lines.length).toBeGreaterThan(3);
      for (const line of lines) {
        if (line.kind !== 'line' || line.width < 30) continue;
        const size = line.pieces[0]!.size;
        expect(ink(image, line.x, line.y - size * 0.75, line.width, size), `"${line.pieces.map((p) => p.text).join('')}"`).toBeGreaterThan(
          0.02,
        );
      }
      expect(ink(image, 0, 0, 595, 20)).toBe(0);
      expect(ink(image, 0, 0, 25, 841)).toBe(0);
    }
  });

  it('reads back the same letters from every document made with the same fonts', async () => {
    const inputs = await printInputs();
    const article = (title: string): Article => ({
      ...sample,
      title,
      sapo: title,
      featuredPhoto: null,
      body: { root: { ...sample.body.root, children: [paragraph(text(title))] } },
    });
    // Subsetting ừ, ữ, ự (built from the glyph of ư) must not make a plain ư unreadable in the next document.
    await articlePdf(article('Những thừa trực'), A4, inputs);
    const second = await articlePdf(article('Bước tiến của người dân'), A4, inputs);
    expect(normaliseText(pdftotext(second.bytes))).toContain('Bước tiến của người dân');
  });

  it('sets MediaBox, BleedBox and TrimBox for bleed, and draws crop marks outside the bleed', async () => {
    const bleed = await articlePdf(sample, { paper: 'A4', bleedMm: 3, cropMarks: false }, await printInputs());
    const boxes = pdfinfo(bleed.bytes, '-box');
    expect(boxes.MediaBox).toBe('0.00     0.00   612.28   858.90');
    expect(boxes.BleedBox).toBe('0.00     0.00   612.28   858.90');
    expect(boxes.TrimBox).toBe('8.50     8.50   603.78   850.39');

    const marked = await articlePdf(sample, { paper: 'A5', bleedMm: 3, cropMarks: true }, await printInputs());
    const markedBoxes = pdfinfo(marked.bytes, '-box');
    const [tx0, ty0, tx1, ty1] = markedBoxes.TrimBox!.split(/\s+/).map(Number) as [number, number, number, number];
    const [bx0, , bx1] = markedBoxes.BleedBox!.split(/\s+/).map(Number) as [number, number, number, number];
    expect(tx1 - tx0).toBeCloseTo(419.53, 1);
    expect(ty1 - ty0).toBeCloseTo(595.28, 1);
    expect(tx0 - bx0).toBeCloseTo(8.5, 1);
    expect(bx1 - tx1).toBeCloseTo(-(tx1 - bx1), 1);
    // A mark runs beside the trim line in the slug; the trimmed page's own corner stays white.
    const image = rasterise(marked.bytes, 1, 72);
    expect(ink(image, 0, ty0 - 1, bx0 - 1, 2)).toBeGreaterThan(0);
    expect(ink(image, tx0 + 1, tx0 + 1, 20, 20)).toBe(0);
  });

  it('sets headings, lists, quotes, bold and italic, and makes links real link annotations', async () => {
    const article = richArticle(sample);
    const { bytes, pages } = await articlePdf(article, A4, await printInputs());
    expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors');
    const urls = withPdfFile(bytes, (path) => tool('pdfinfo', ['-url', path]));
    expect(urls).toContain('https://dichvucong.gov.vn/huong-dan');
    const extracted = normaliseText(pdftotext(bytes));
    expect(extracted).toContain('Các bước thực hiện');
    expect(extracted).toContain('1. Đăng nhập Cổng dịch vụ công');
    expect(extracted).toContain('2. Điền tờ khai');
    expect(extracted).toContain('“Thủ tục nhanh hơn, người dân đỡ phải đi lại nhiều lần.”');
    expect(extracted).toContain('Xem hướng dẫn chi tiết tại Cổng dịch vụ công quốc gia.');
    const names = pdffonts(bytes).map((f) => f.name);
    expect(names.some((n) => n.endsWith('NotoSerif-Italic'))).toBe(true);
    expect(names.some((n) => n.endsWith('NotoSerif-Bold'))).toBe(true);
    // The link area covers the linked words on the page, not the whole line.
    const link = pages[0]!.items.find((item) => item.kind === 'link');
    expect(link && link.width).toBeGreaterThan(50);
    expect(link && link.width).toBeLessThan(300);
  });

  it('prints a visible placeholder and warns for a missing or corrupt photo, never failing', async () => {
    const missing = 'a'.repeat(64) + '.jpg';
    const corrupt = 'b'.repeat(64) + '.jpg';
    const image = (src: string) => ({ type: 'image', version: 1, src, caption: 'Ảnh minh họa', credit: 'Bích Diệp', altText: '' });
    const article: Article = {
      ...sample,
      sapo: '',
      featuredPhoto: null,
      body: {
        root: {
          ...sample.body.root,
          children: [paragraph(text('Đoạn mở đầu.')), image(missing), image(corrupt), paragraph(text('Đoạn kết.'))],
        },
      },
    };
    const { bytes, pages, warnings } = await articlePdf(
      article,
      A4,
      await printInputs({ [corrupt]: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) }),
    );
    expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors');
    expect(pages.flatMap((p) => p.items).filter((i) => i.kind === 'placeholder')).toHaveLength(2);
    const extracted = pdftotext(bytes);
    expect(extracted).toContain('Thiếu tệp ảnh');
    expect(extracted).toContain('Tệp ảnh bị hỏng');
    expect(normaliseText(extracted)).toContain('Ảnh minh họa Ảnh: Bích Diệp');
    expect(warnings.map((w) => w.code).sort()).toEqual(['empty-sapo', 'photo-corrupt', 'photo-missing']);
  });

  it('warns before print of a photo under 300 dpi at its printed size and of a missing credit', async () => {
    const { warnings, pages } = await articlePdf(sample, A4, await printInputs());
    const photo = pages.flatMap((p) => p.items).find((i) => i.kind === 'photo')!;
    const dpi = Math.round(1200 / (photo.width / 72));
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'low-resolution', dpi }));
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'missing-credit' }));
    expect(warnings.some((w) => w.code === 'missing-caption')).toBe(false);
    // The caption sits right under the photo, on the same page.
    const page = pages.find((p) => p.items.includes(photo))!;
    const caption = page.items.find((i) => i.kind === 'line' && i.pieces.some((p) => p.text.startsWith(SAMPLE_CAPTION.slice(0, 10))))!;
    expect(caption.y - (photo.y + photo.height)).toBeGreaterThan(0);
    expect(caption.y - (photo.y + photo.height)).toBeLessThan(20);
  });
});
