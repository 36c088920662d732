import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseText, pdfinfo, pdftotext, qpdfCheck } from '../../../helpers/pdfTools.ts';
import { SAMPLE_TITLE, sampleIdIn, DRAFT_SAMPLE, APPROVED_SAMPLE } from '../../../helpers/sampleNewsroom.ts';
import { folderSnapshot } from '../../../helpers/folderSnapshot.ts';
import { runNewsdesk } from '../../../helpers/runNewsdesk.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

describe('newsdesk export-pdf and bulletin', () => {
  const tempDir = useTempDirs();

  it('export-pdf writes a print-ready PDF of the article, with bleed and crop marks on request', async () => {
    const dir = await tempDir();
    const data = join(dir, 'library');
    await runNewsdesk(['--data', data, 'list']);
    const articleId = await sampleIdIn(data);
    const file = join(dir, 'bài viết.pdf');
    const run = await runNewsdesk(['--data', data, 'export-pdf', articleId, '-o', file, '--paper', 'a5', '--crop-marks']);
    expect(run.stderr).toContain('cảnh báo:');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(2 trang, khổ A5)');
    const bytes = new Uint8Array(await readFile(file));
    expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors');
    const boxes = pdfinfo(bytes, '-box');
    const [x0, y0, x1, y1] = boxes.TrimBox!.split(/\s+/).map(Number) as [number, number, number, number];
    expect(x1 - x0).toBeCloseTo(419.53, 1);
    expect(y1 - y0).toBeCloseTo(595.28, 1);
    expect(boxes.BleedBox).not.toBe(boxes.TrimBox);
    expect(normaliseText(pdftotext(bytes))).toContain(SAMPLE_TITLE);
    expect((await readdir(dir)).sort()).toEqual(['bài viết.pdf', 'library']);
  }, 120_000);

  it('refuses bad input with one line and a non-zero status, leaving no file and the library unchanged', async () => {
    const dir = await tempDir();
    const data = join(dir, 'library');
    expect((await runNewsdesk(['--data', data, 'list'])).code).toBe(0);
    const [articleId, draftId] = [await sampleIdIn(data), await sampleIdIn(data, DRAFT_SAMPLE)];
    const before = await folderSnapshot(data);
    const out = join(dir, 'out.pdf');
    const cases: Array<[string[], number, RegExp]> = [
      [['export-pdf', '00000000-0000-4000-8000-000000000000', '-o', out], 1, /không có bài viết/],
      [['export-pdf', articleId, '-o', out, '--paper', 'Letter'], 2, /--paper phải là A4 hoặc A5/],
      [['export-pdf', articleId, '-o', out, '--bleed=-3'], 2, /--bleed phải là số milimét/],
      [['export-pdf', articleId, '-o', join(dir, 'không-có', 'out.pdf')], 1, /không ghi được tệp .*thư mục không tồn tại/],
      [['export-pdf', articleId], 2, /cần tệp kết quả/],
      [['bulletin', articleId, draftId, '-o', out], 1, /chưa được duyệt/],
      [['bulletin', articleId, '-o', out, '--columns', '3'], 2, /--columns phải là 1 hoặc 2/],
      [['bulletin', 'không-phải-mã', '-o', out], 2, /mã bài viết "không-phải-mã" không hợp lệ/],
    ];
    for (const [args, code, message] of cases) {
      const run = await runNewsdesk(['--data', data, ...args]);
      expect(run.code, args.join(' ')).toBe(code);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
    expect(await readdir(dir)).toEqual(['library']);
    expect(await folderSnapshot(data)).toEqual(before);
    // Nine runs of the real command line, each starting Node and tsx: slow on a busy machine.
  }, 180_000);

  it('bulletin sets the approved articles in the given order under a contents page', async () => {
    const dir = await tempDir();
    const file = join(dir, 'ban-tin.pdf');
    await runNewsdesk(['--data', join(dir, 'library'), 'list']);
    const [approvedId, articleId] = [await sampleIdIn(join(dir, 'library'), APPROVED_SAMPLE), await sampleIdIn(join(dir, 'library'))];
    const run = await runNewsdesk([
      '--data',
      join(dir, 'library'),
      'bulletin',
      approvedId,
      articleId,
      '-o',
      file,
      '--title',
      'Bản tin tháng 3',
      '--issue',
      '7',
      '--date',
      '2024-03-31',
    ]);
    expect(run.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('cảnh báo:'))).toEqual([]);
    expect(run.code).toBe(0);
    const bytes = new Uint8Array(await readFile(file));
    const contents = normaliseText(pdftotext(bytes, 1));
    expect(contents).toContain('Bản tin tháng 3 Số 7 · ngày 31 tháng 3 năm 2024 TRONG SỐ NÀY');
    expect(contents.indexOf('Đồng chí Lương Trọng Quỳnh')).toBeLessThan(contents.indexOf('Hội nghị trực tuyến'));
    expect(pdfinfo(bytes).Title).toBe('Bản tin tháng 3 — Số 7');
  }, 60_000);
});
