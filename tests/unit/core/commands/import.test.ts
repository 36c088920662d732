import { writeFile } from 'node:fs/promises';
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
});
