import { existsSync } from 'node:fs';
import { symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../helpers/docx.ts';
import { folderSnapshot } from '../../../helpers/folderSnapshot.ts';
import { runNewsdesk } from '../../../helpers/runNewsdesk.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

describe('newsdesk import', () => {
  const tempDir = useTempDirs();

  it('imports a Word file as a draft and prints only its id', async () => {
    const dir = await tempDir();
    const data = join(dir, 'data');
    const file = join(dir, 'Hội nghị.docx');
    await writeFile(
      file,
      await buildDocx([{ heading: 1, text: 'Hội nghị giao ban' }, { paragraph: ['Nội dung ', { text: 'chính', bold: true }] }]),
    );

    const { code, stdout, stderr } = await runNewsdesk(['--data', data, 'import', file, '--author', 'bichdiep']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const id = stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const article = JSON.parse((await runNewsdesk(['--data', data, 'show', id, '--json'])).stdout) as Record<string, unknown>;
    expect(article).toMatchObject({ title: 'Hội nghị giao ban', state: 'draft', author: 'bichdiep', byline: 'Bích Diệp' });
  });

  it('answers a bad file, an unknown author or a wrong use with one line and changes nothing', async () => {
    const dir = await tempDir();
    const data = join(dir, 'data');
    await runNewsdesk(['--data', data, 'list']);
    const corrupt = join(dir, 'hong.docx');
    await writeFile(corrupt, 'PK\u0003\u0004 không phải tệp Word');
    const good = join(dir, 'tot.docx');
    await writeFile(good, await buildDocx([{ paragraph: ['Một đoạn'] }]));
    const text = join(dir, 'ghi-chu.odt');
    await writeFile(text, 'ghi chú');
    const before = await folderSnapshot(data);
    const cases: Array<[string[], string, number]> = [
      [['import', corrupt], 'newsdesk: "hong.docx" không phải tệp Word (.docx) hợp lệ hoặc đã bị hỏng', 1],
      [['import', join(dir, 'khong-co.docx')], 'newsdesk: không có tệp này:', 1],
      [['import', good, '--author', 'ai-do'], 'newsdesk: không có tài khoản "ai-do"', 1],
      [['import', text], 'newsdesk: không nhập được "ghi-chu.odt": chỉ nhận tệp .newsdesk, .docx, .json, .txt', 1],
      [['import'], 'newsdesk: import cần một tệp (.newsdesk, .docx, .json, .txt)', 2],
    ];
    for (const [args, message, status] of cases) {
      const { code, stdout, stderr } = await runNewsdesk(['--data', data, ...args]);
      expect(code, args.join(' ')).toBe(status);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(stderr).toContain(message);
    }
    expect(await folderSnapshot(data)).toEqual(before);
  });

  it('refuses a file larger than its kind takes in, naming the limit, before reading it whole, and changes nothing', async () => {
    const dir = await tempDir();
    const data = join(dir, 'data');
    await runNewsdesk(['--data', data, 'list']);
    const MB = 1024 * 1024;
    // Sparse files: their size is what counts, no disk is filled.
    const oversized = async (name: string, bytes: number) => {
      const file = join(dir, name);
      await writeFile(file, '');
      await truncate(file, bytes);
      return file;
    };
    const cases: Array<[string[], string]> = [
      [['import', await oversized('ban-tin.txt', 4 * MB + 1)], 'newsdesk: "ban-tin.txt" quá lớn (tối đa 4 MB)'],
      [['import', await oversized('bai.json', 5 * MB + 1)], 'newsdesk: "bai.json" quá lớn (tối đa 5 MB)'],
      [['import', await oversized('hoi-nghi.docx', 150 * MB + 1)], 'newsdesk: "hoi-nghi.docx" quá lớn (tối đa 150 MB)'],
      [['import', await oversized('goi.newsdesk', 300 * MB + 1)], 'newsdesk: "goi.newsdesk" quá lớn (tối đa 300 MB)'],
      [['--lang', 'en', 'import', join(dir, 'ban-tin.txt')], 'newsdesk: "ban-tin.txt" is too large (at most 4 MB)'],
    ];
    // A device tells no size: reading stops one byte past the limit.
    if (existsSync('/dev/zero')) {
      await symlink('/dev/zero', join(dir, 'vo-tan.txt'));
      cases.push([['import', join(dir, 'vo-tan.txt')], 'newsdesk: "vo-tan.txt" quá lớn (tối đa 4 MB)']);
    }
    const before = await folderSnapshot(data);
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await runNewsdesk(['--data', data, ...args]);
      expect(code, args.join(' ')).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(`${message}\n`);
    }
    expect(await folderSnapshot(data)).toEqual(before);
  });
});
