import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../core/import/importFile.ts';
import { documentText } from '../../../../core/model/document.ts';
import type { Newsdesk } from '../../../../core/newsdesk.ts';
import { encodeLegacy } from '../../../../core/vietnamese/legacyEncoding.ts';
import { buildDocx } from '../../../helpers/docx.ts';
import { runNewsdesk } from '../../../helpers/runNewsdesk.ts';
import { openSampleNewsroom } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const author = { username: 'bichdiep', displayName: 'Bích Diệp' };
const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('importing legacy Vietnamese', () => {
  const tempDir = useTempDirs();
  const open = async (): Promise<Newsdesk> => openSampleNewsroom(await tempDir());
  const target = (desk: Newsdesk) => ({ articles: desk.articles, assets: desk.assets, author });

  it('reads a Word document set in TCVN3 fonts, the .VnTimeH runs as capitals', async () => {
    const desk = await open();
    const docx = await buildDocx([
      { paragraph: [{ text: 'céng hßa x· héi chñ nghÜa viÖt nam', font: '.VnTimeH', bold: true }] },
      { paragraph: [{ text: 'Uû ban nh©n d©n tØnh triÓn khai kÕ ho¹ch x©y dùng n«ng th«n míi', font: '.VnTime' }] },
      {
        paragraph: [
          { text: 'Ng­êi d©n ®ãng gãp ', font: '.VnArial' },
          { text: 'hơn 500 triệu đồng', font: 'Times New Roman' },
          { text: ' cho ®­êng giao th«ng.', font: '.VnArial' },
        ],
      },
    ]);
    const article = await importFile(docx, 'tcvn3.docx', target(desk));
    expect(article.title).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(documentText(article.body)).toContain('Uỷ ban nhân dân tỉnh triển khai kế hoạch xây dựng nông thôn mới');
    expect(documentText(article.body)).toContain('Người dân đóng góp hơn 500 triệu đồng cho đường giao thông.');
  });

  it('reads a Word document set in VNI fonts', async () => {
    const desk = await open();
    const docx = await buildDocx([
      { paragraph: [{ text: 'Hoäi nghò tröïc tuyeán veà noâng thoân môùi', font: 'VNI-Times' }] },
      { paragraph: [{ text: 'ÑOÀNG CHÍ CHUÛ TÒCH UBND TÆNH phaùt bieåu', font: 'VNI-Helve' }] },
    ]);
    const article = await importFile(docx, 'vni.docx', target(desk));
    expect(article.title).toBe('Hội nghị trực tuyến về nông thôn mới');
    expect(documentText(article.body)).toBe('ĐỒNG CHÍ CHỦ TỊCH UBND TỈNH phát biểu');
  });

  it('leaves a Unicode Word document as it is', async () => {
    const desk = await open();
    const docx = await buildDocx([{ paragraph: [{ text: 'Cà phê ở Huế', font: 'Times New Roman' }] }, { paragraph: ['Bà má ý tôi'] }]);
    const article = await importFile(docx, 'unicode.docx', target(desk));
    expect(article.title).toBe('Cà phê ở Huế');
    expect(documentText(article.body)).toBe('Bà má ý tôi');
  });

  it('newsdesk import reads .txt files in TCVN3, VNI and VIQR, found by itself or named with --encoding', async () => {
    const dir = await tempDir();
    const data = join(dir, 'data');
    const title = 'Tăng cường cải cách hành chính';
    const body = 'Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện tốt việc tiếp nhận hồ sơ trực tuyến.';
    const cases: Array<[string, Buffer, string[]]> = [
      ['tcvn3.txt', latin1(encodeLegacy(`${title}\r\n\r\n${body.replace('Ủy', 'Uỷ')}\r\n`, 'tcvn3')), []],
      ['vni.txt', latin1(encodeLegacy(`${title}\n${body}\n`, 'vni')), ['--encoding', 'vni']],
      ['viqr.txt', Buffer.from(encodeLegacy(`${title}\n${body}\n`, 'viqr')), ['--encoding', 'auto']],
      ['unicode.txt', Buffer.from(`\uFEFF${title}\n${body}\n`, 'utf8'), []],
    ];
    const imported = new Map<string, string>();
    for (const [name, bytes, options] of cases) {
      const file = join(dir, name);
      await writeFile(file, bytes);
      const { code, stdout, stderr } = await runNewsdesk(['--data', data, 'import', file, ...options]);
      expect(stderr, name).toBe('');
      expect(code).toBe(0);
      imported.set(name, stdout.trim());
    }
    const desk = await openSampleNewsroom(data);
    for (const [name, id] of imported) {
      const article = await desk.articles.get(id);
      expect(article.title, name).toBe(title);
      expect(documentText(article.body), name).toBe(name === 'tcvn3.txt' ? body.replace('Ủy', 'Uỷ') : body);
      expect(article.state).toBe('draft');
    }
    await desk.close();
  }, 180_000);

  it('newsdesk import refuses an unknown --encoding in one line, changing nothing', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.txt');
    await writeFile(file, 'Tiêu đề\nNội dung');
    const { code, stderr } = await runNewsdesk(['--data', join(dir, 'data'), 'import', file, '--encoding', 'utf7']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('--encoding nhận auto, tcvn3, vni, viqr');
  }, 60_000);
});
