import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseText, pdfinfo, pdftotext, qpdfCheck } from '../../../helpers/pdfTools.ts';
import { SAMPLE_TITLE, sampleIdIn, APPROVED_SAMPLE } from '../../../helpers/sampleNewsroom.ts';
import { runNewsdesk } from '../../../helpers/runNewsdesk.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const LOGO = join(import.meta.dirname, '../../../../build/icon.png');

describe('newsdesk bulletin-settings, bulletin --booklet and --format docx, export-docx', () => {
  const tempDir = useTempDirs();

  it('prints the masthead and imprint set once, lays an A5 booklet on A4 sheets, and writes Word files that import back', async () => {
    const dir = await tempDir();
    const data = join(dir, 'library');
    const set = await runNewsdesk([
      '--data',
      data,
      'bulletin-settings',
      '--issuing-body',
      'Sở Thông tin và Truyền thông',
      '--logo',
      LOGO,
      '--responsible',
      'Nguyễn Văn An',
      '--licence',
      '12/GP-XBBT',
      '--licence-authority',
      'Sở TT&TT',
      '--print-run',
      '500',
    ]);
    expect(set.code).toBe(0);
    const [approvedId, articleId] = [await sampleIdIn(data, APPROVED_SAMPLE), await sampleIdIn(data)];
    expect(set.stdout).toContain('Chịu trách nhiệm xuất bản: Nguyễn Văn An');
    expect(set.stdout).toMatch(/Biểu trưng \(logo\): [0-9a-f]{64}\.png/);

    const a4 = join(dir, 'ban-tin.pdf');
    expect(
      (
        await runNewsdesk([
          '--data',
          data,
          'bulletin',
          approvedId,
          articleId,
          '-o',
          a4,
          '--title',
          'Bản tin',
          '--issue',
          '12',
          '--date',
          '2026-12-02',
        ])
      ).code,
    ).toBe(0);
    const bytes = new Uint8Array(await readFile(a4));
    const count = Number(pdfinfo(bytes).Pages);
    expect(normaliseText(pdftotext(bytes, 1))).toContain(
      'SỞ THÔNG TIN VÀ TRUYỀN THÔNG Bản tin Số 12 · ngày 2 tháng 12 năm 2026 TRONG SỐ NÀY',
    );
    expect(normaliseText(pdftotext(bytes, count))).toContain('Giấy phép xuất bản: số 12/GP-XBBT do Sở TT&TT cấp');

    const booklet = join(dir, 'so-tay.pdf');
    const run = await runNewsdesk([
      '--data',
      data,
      'bulletin',
      approvedId,
      articleId,
      '-o',
      booklet,
      '--title',
      'Bản tin',
      '--date',
      '2026-12-02',
      '--booklet',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/tờ A4 gấp thành sổ A5/);
    const sheets = new Uint8Array(await readFile(booklet));
    expect(qpdfCheck(sheets)).toContain('No syntax or stream encoding errors');
    expect(pdfinfo(sheets)['Page size']).toMatch(/^841\.89 x 595\.276? pts/);

    const word = join(dir, 'ban-tin.docx');
    expect(
      (
        await runNewsdesk([
          '--data',
          data,
          'bulletin',
          approvedId,
          articleId,
          '-o',
          word,
          '--title',
          'Bản tin',
          '--date',
          '2026-12-02',
          '--format',
          'docx',
        ])
      ).code,
    ).toBe(0);
    expect((await readFile(word)).subarray(0, 2).toString('latin1')).toBe('PK');

    const one = join(dir, 'bai.docx');
    expect((await runNewsdesk(['--data', data, 'export-docx', articleId, '-o', one])).code).toBe(0);
    const imported = await runNewsdesk(['--data', data, 'import', one]);
    expect(imported.code).toBe(0);
    const shown = JSON.parse((await runNewsdesk(['--data', data, 'show', imported.stdout.trim(), '--json'])).stdout) as {
      title: string;
      byline: string;
    };
    expect(shown).toMatchObject({ title: SAMPLE_TITLE, byline: 'Bích Diệp' });
  }, 300_000);

  it('refuses a wrong format, a booklet on A4 and a bad logo with one line, writing nothing', async () => {
    const dir = await tempDir();
    const data = join(dir, 'library');
    const out = join(dir, 'x.pdf');
    await runNewsdesk(['--data', data, 'list']);
    const [approvedId, articleId] = [await sampleIdIn(data, APPROVED_SAMPLE), await sampleIdIn(data)];
    for (const args of [
      ['bulletin', approvedId, '-o', out, '--format', 'xls'],
      ['bulletin', approvedId, '-o', out, '--booklet', '--paper', 'A4'],
      ['bulletin', approvedId, '-o', out, '--booklet', '--format', 'docx'],
      ['bulletin-settings', '--logo', join(dir, 'khong-co.png')],
      ['export-docx', articleId],
    ]) {
      const run = await runNewsdesk(['--data', data, ...args]);
      expect(run.code, args.join(' ')).not.toBe(0);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
    }
  }, 300_000);
});
