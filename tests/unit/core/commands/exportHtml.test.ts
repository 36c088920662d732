import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SAMPLE_CAPTION, SAMPLE_TITLE, sampleIdIn } from '../../../helpers/sampleNewsroom.ts';
import { folderSnapshot } from '../../../helpers/folderSnapshot.ts';
import { runNewsdesk } from '../../../helpers/runNewsdesk.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const SAMPLE_PHOTO = fileURLToPath(
  new URL('../../../../seeds/assets/158457614eff0a3e2ad12e3805cb95a733cfa65174dacc36a3ea173fca199883.jpg', import.meta.url),
);

describe('newsdesk export-html', () => {
  const tempDir = useTempDirs();

  it('writes the sample article as one page with its photo and the print fonts embedded', async () => {
    const dir = await tempDir();
    const data = join(dir, 'library');
    await runNewsdesk(['--data', data, 'list']);
    const articleId = await sampleIdIn(data);
    const file = join(dir, 'bai-viet.html');
    const { code, stdout, stderr } = await runNewsdesk(['--data', data, 'export-html', articleId, '-o', file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(file);

    const html = await readFile(file, 'utf8');
    expect(html).toContain(`<title>${SAMPLE_TITLE}</title>`);
    expect(html).toContain('<body class="nd-portal" data-theme="light"');
    expect(html).toContain(`<figcaption>${SAMPLE_CAPTION}</figcaption>`);
    const photo = (await readFile(SAMPLE_PHOTO)).toString('base64');
    expect(html).toContain(`<img src="data:image/jpeg;base64,${photo}"`);
    const fontFaces = [
      ...html.matchAll(
        /@font-face\{font-family:"([^"]+)";font-weight:(\d+);font-style:(\w+);[^}]*src:url\("data:font\/ttf;base64,([A-Za-z0-9+/=]{1000,})"\)/g,
      ),
    ];
    expect(fontFaces.map(([, family, weight, style]) => `${family} ${weight} ${style}`)).toEqual([
      'Noto Serif 400 normal',
      'Noto Serif 700 normal',
      'Noto Serif 400 italic',
      'Noto Sans 400 normal',
      'Noto Sans 700 normal',
    ]);
    // A TrueType file starts with the version 0x00010000.
    for (const [, , , , base64] of fontFaces) expect(Buffer.from(base64!, 'base64').subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0]));
    expect(await readdir(dir)).toEqual(['bai-viet.html', 'library']);
  });

  it('writes the night theme with --theme dark, replacing an older export', async () => {
    const dir = await tempDir();
    const file = join(dir, 'dem.html');
    await runNewsdesk(['--data', join(dir, 'library'), 'list']);
    const articleId = await sampleIdIn(join(dir, 'library'));
    await runNewsdesk(['--data', join(dir, 'library'), 'export-html', articleId, '-o', file]);
    const { code } = await runNewsdesk(['--data', join(dir, 'library'), 'export-html', articleId, '--output', file, '--theme', 'dark']);
    expect(code).toBe(0);
    expect(await readFile(file, 'utf8')).toContain('<body class="nd-portal" data-theme="dark"');
  });

  it('answers bad input with one line on stderr, a non-zero status, and writes nothing', async () => {
    const dir = await tempDir();
    const data = join(dir, 'library');
    await runNewsdesk(['--data', data, 'list']);
    const articleId = await sampleIdIn(data);
    const before = await folderSnapshot(dir);
    const out = join(dir, 'x.html');
    const cases: Array<[string[], string]> = [
      [['export-html', '-o', out], 'newsdesk: export-html cần mã bài viết (id)'],
      [['export-html', articleId], 'newsdesk: export-html cần tệp kết quả: -o TỆP.html'],
      [['export-html', articleId, '-o', out, '--theme', 'sepia'], 'newsdesk: --theme phải là một trong: light, dark'],
      [
        ['export-html', '00000000-0000-4000-8000-000000000000', '-o', out],
        'newsdesk: không có bài viết 00000000-0000-4000-8000-000000000000',
      ],
      [['export-html', articleId, '-o', join(dir, 'khong-co', 'x.html')], 'thư mục không tồn tại'],
      [['export-html', articleId, '-o', out, 'thừa'], 'newsdesk: export-html: thừa tham số "thừa"'],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await runNewsdesk(['--data', data, ...args]);
      expect(code, args.join(' ')).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(stderr, args.join(' ')).toContain(message);
    }
    expect(await folderSnapshot(dir)).toEqual(before);
  });
});
