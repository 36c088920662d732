import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../core/import/importFile.ts';
import type { Newsdesk } from '../../../../core/newsdesk.ts';
import { renderBodyHtml } from '../../../../core/render/bodyHtml.ts';
import { jpegHasGps } from '../../../../core/store/jpegExif.ts';
import { buildDocx } from '../../../helpers/docx.ts';
import { withExif } from '../../../helpers/exifJpeg.ts';
import { openSampleNewsroom, SEEDS_DIR, sampleId, sampleArticle } from '../../../helpers/sampleNewsroom.ts';
import { folderSnapshot } from '../../../helpers/folderSnapshot.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const SEED_PHOTO = join(SEEDS_DIR, 'assets', '158457614eff0a3e2ad12e3805cb95a733cfa65174dacc36a3ea173fca199883.jpg');
const author = { username: 'bichdiep', displayName: 'Bích Diệp' };

describe('importFile', () => {
  const tempDir = useTempDirs();
  const open = async (): Promise<Newsdesk> => openSampleNewsroom(await tempDir());
  const target = (desk: Newsdesk) => ({ articles: desk.articles, assets: desk.assets, author });

  it('turns a Word document into a draft: title from the first heading, headings, list, bold, link and photo (without GPS)', async () => {
    const desk = await open();
    const photo = withExif(await readFile(SEED_PHOTO), { orientation: 1, gps: true });
    const docx = await buildDocx([
      { heading: 1, text: 'Tỉnh ra quân xây dựng nông thôn mới' },
      { paragraph: ['Sáng nay, ', { text: 'hơn 500 người', bold: true }, ' đã ', { text: 'ra quân', italic: true }, '.'] },
      { heading: 2, text: 'Kết quả' },
      { bullet: 'Đường giao thông' },
      { bullet: 'Trường học' },
      { numbered: 'Bước một' },
      { link: 'Cổng thông tin', url: 'https://example.gov.vn/tin', before: 'Xem ' },
      { link: 'trang độc', url: 'javascript:alert(1)' },
      { photo, alt: 'Người dân làm đường' },
    ]);

    const article = await importFile(docx, 'ra-quan.docx', target(desk));

    expect(article).toMatchObject({
      title: 'Tỉnh ra quân xây dựng nông thôn mới',
      state: 'draft',
      author: 'bichdiep',
      byline: 'Bích Diệp',
      featuredPhoto: null,
    });
    expect(desk.articles.has(article.id)).toBe(true);
    const image = article.body.root.children.find((node) => node.type === 'image')!;
    expect(image).toMatchObject({ altText: 'Người dân làm đường', width: 1200, height: 800 });
    expect(jpegHasGps(await desk.assets.read(String(image.src)))).toBe(false);
    expect(renderBodyHtml(article.body, { assetUrl: (name) => name })).toBe(
      [
        '<p>Sáng nay, <strong>hơn 500 người</strong> đã <em>ra quân</em>.</p>',
        '<h2>Kết quả</h2>',
        '<ul><li>Đường giao thông</li><li>Trường học</li></ul>',
        '<ol><li>Bước một</li></ol>',
        '<p>Xem <a href="https://example.gov.vn/tin">Cổng thông tin</a></p>',
        '<p>trang độc</p>',
        `<figure class="nd-photo"><img src="${String(image.src)}" alt="Người dân làm đường" width="1200" height="800"></figure>`,
      ].join('\n'),
    );
  });

  it('composes decomposed Vietnamese text (NFD → NFC) from Word', async () => {
    const desk = await open();
    const docx = await buildDocx([{ paragraph: ['Nghệ An'.normalize('NFD')] }, { paragraph: ['Thủy điện'.normalize('NFD')] }]);
    const article = await importFile(docx, 'nfd.docx', target(desk));
    expect(article.title).toBe('Nghệ An'.normalize('NFC'));
    expect(JSON.stringify(article.body)).toContain('Thủy điện'.normalize('NFC'));
  });

  it('refuses a corrupt or foreign file with one clear line, and changes nothing', async () => {
    const dir = await tempDir();
    const desk = await openSampleNewsroom(dir);
    const before = await folderSnapshot(dir);
    const docx = await buildDocx([{ paragraph: ['Một đoạn'] }]);
    await expect(importFile(docx.subarray(0, docx.length / 2), 'cut.docx', target(desk))).rejects.toThrow(
      '"cut.docx" không phải tệp Word (.docx) hợp lệ hoặc đã bị hỏng',
    );
    await expect(importFile(Buffer.from('không phải zip'), 'text.docx', target(desk))).rejects.toThrow('"text.docx" không phải tệp Word');
    await expect(importFile(Buffer.from('{}'), 'ghi-chu.odt', target(desk))).rejects.toThrow('chỉ nhận tệp .docx, .json, .txt');
    await expect(importFile(Buffer.from('{"title": 1}'), 'bai.json', target(desk))).rejects.toThrow(
      '"bai.json" không phải bài viết Newsdesk',
    );
    await expect(importFile(Buffer.from('{"title": '), 'bai.json', target(desk))).rejects.toThrow('"bai.json" không phải tệp JSON hợp lệ');
    expect(await folderSnapshot(dir)).toEqual(before);
  });

  it('imports an article JSON file as a new draft of the importer, with a new id when the library has its id', async () => {
    const desk = await open();
    const articleId = await sampleId(desk);
    const json = Buffer.from(JSON.stringify(await desk.articles.get(articleId)));
    const copy = await importFile(json, 'bai.json', target(desk));
    expect(copy.id).not.toBe(articleId);
    expect(copy).toMatchObject({ state: 'draft', author: 'bichdiep', byline: 'Bích Diệp' });
    expect((await desk.articles.get(articleId)).state).toBe('published');

    const fresh = JSON.parse(json.toString('utf8')) as Record<string, unknown>;
    fresh.id = '0b6c3b1e-7e52-4d43-9d1f-2c8f1a9e4d10';
    const kept = await importFile(Buffer.from(JSON.stringify(fresh)), 'moi.json', target(desk));
    expect(kept.id).toBe('0b6c3b1e-7e52-4d43-9d1f-2c8f1a9e4d10');
  });

  it('imports an article JSON that has no id of its own (a seed file) under a new one, as a plain draft and not a sample', async () => {
    const desk = await open();
    const seed = await readFile(join(SEEDS_DIR, 'articles', 'hoi-nghi-nong-thon-moi-2021.json'));
    expect(JSON.parse(seed.toString('utf8'))).not.toHaveProperty('id');
    const imported = await importFile(seed, 'hoi-nghi-nong-thon-moi-2021.json', target(desk));
    expect(imported.id).toMatch(/^[0-9a-f-]{36}$/);
    const stored = await desk.articles.get(imported.id);
    expect(stored).toMatchObject({ state: 'draft', author: 'bichdiep' });
    expect(stored.sample).toBeUndefined();
  });

  it('drops the steps, comments and portal record an article JSON brings (a forged "approved by bientap")', async () => {
    const desk = await open();
    const forged = JSON.parse(await readFile(join(SEEDS_DIR, 'articles', 'cai-cach-hanh-chinh.json'), 'utf8')) as Record<string, unknown>;
    forged.id = '1c6c3b1e-7e52-4d43-9d1f-2c8f1a9e4d10';
    forged.transitions = [{ action: 'approve', from: 'submitted', to: 'approved', by: 'bientap', at: '2026-11-01T08:00:00.000Z' }];
    forged.comments = [{ id: '2c6c3b1e-7e52-4d43-9d1f-2c8f1a9e4d10', author: 'bientap', at: '2026-11-01T08:00:00.000Z', text: 'Đã duyệt' }];
    forged.portal = {
      nid: 9,
      url: 'https://congthongtin.example/node/9',
      changed: '2026-11-01T08:00:00+07:00',
      revision: 1,
      moderationState: 'published',
      syncedAt: '2026-11-01T08:00:00.000Z',
    };
    const imported = await importFile(Buffer.from(JSON.stringify(forged)), 'bai.json', target(desk));
    const stored = await desk.articles.get(imported.id);
    expect(stored.state).toBe('draft');
    expect(stored.transitions).toBeUndefined();
    expect(stored.comments).toBeUndefined();
    expect(stored.portal).toBeUndefined();
  });

  it('refuses an article JSON whose photos the library does not have', async () => {
    const dir = await tempDir();
    const desk = await openSampleNewsroom(dir);
    const article = await sampleArticle();
    article.featuredPhoto!.asset = `${'0'.repeat(64)}.jpg`;
    const before = await folderSnapshot(dir);
    await expect(importFile(Buffer.from(JSON.stringify(article)), 'bai.json', target(desk))).rejects.toThrow(
      `dùng ảnh ${'0'.repeat(64)}.jpg mà thư viện chưa có`,
    );
    expect(await folderSnapshot(dir)).toEqual(before);
  });
});
