import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../core/cli.ts';
import {
  DEMO_PASSWORD,
  openSampleNewsroom,
  sampleId,
  APPROVED_SAMPLE,
  PUBLISHED_SAMPLE,
  SUBMITTED_SAMPLE,
} from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

/** The command line run in this process: what it printed, and its exit status. */
async function run(argv: string[], env: Record<string, string | undefined>) {
  const lines: string[] = [];
  const code = await main(
    argv,
    { out: (line) => lines.push(line), err: (line) => lines.push(line) },
    { env: { NEWSDESK_PASSWORD: DEMO_PASSWORD, ...env } },
  );
  return { code, lines };
}

describe('the command line’s language', () => {
  const tempDir = useTempDirs();

  it('tells a refusal in the language asked for, else the environment’s, else Vietnamese', async () => {
    const data = await tempDir();
    const desk = await openSampleNewsroom(data);
    const approvedId = await sampleId(desk, APPROVED_SAMPLE);
    await desk.close();
    const publish = ['--data', data, 'workflow', approvedId, 'publish', '--user', 'bientap'];
    expect(await run(['--lang', 'en', ...publish], {})).toEqual({
      code: 1,
      lines: ['newsdesk: articles are published only by syncing with the portal: an approved article goes out with the next sync'],
    });
    expect((await run(publish, { LANG: 'en_GB.UTF-8' })).lines[0]).toMatch(/^newsdesk: articles are published only by syncing/);
    expect((await run(publish, { LANG: 'en_GB.UTF-8', LC_ALL: 'vi_VN.UTF-8' })).lines[0]).toMatch(/^newsdesk: bài viết chỉ được xuất bản/);
    expect((await run(publish, { LANG: 'C' })).lines[0]).toMatch(/^newsdesk: bài viết chỉ được xuất bản khi đồng bộ/);
    expect(await run(['--lang', 'fr', 'list'], {})).toEqual({ code: 2, lines: ['newsdesk: --lang cần vi hoặc en'] });
  });

  it('tells wrong use, a missing file and a folder that is not a library in English too, and in Vietnamese by default', async () => {
    const help = await run(['--lang', 'en', '--help'], {});
    expect(help.code).toBe(0);
    expect(help.lines[0]).toMatch(/^Usage: newsdesk \[--data FOLDER\] \[--lang vi\|en\] <command>\n/);
    expect(help.lines[0]).toContain('list the articles (draft, submitted, changes_requested, approved, published, archived)');
    expect(help.lines[0]).not.toMatch(/[À-ỹ]/);
    expect((await run(['--help'], { LANG: 'C.UTF-8' })).lines[0]).toMatch(/^Cách dùng: newsdesk/);
    expect(await run(['--lang', 'en', 'show'], {})).toEqual({ code: 2, lines: ['newsdesk: show needs an article id'] });
    expect(await run(['show'], {})).toEqual({ code: 2, lines: ['newsdesk: show cần mã bài viết (id)'] });
    expect(await run(['--lang', 'en', 'export-pdf', 'x', '-o', 'x.pdf', '--paper', 'A3'], {})).toEqual({
      code: 2,
      lines: ['newsdesk: --paper must be A4 or A5, not "A3"'],
    });
    const data = await tempDir();
    const missing = join(data, 'khong-co.txt');
    expect(await run(['--data', data, 'import', missing], { LANG: 'en_US.UTF-8' })).toEqual({
      code: 1,
      lines: [`newsdesk: no such file: ${missing}`],
    });
    expect(await run(['--data', data, 'import', missing], {})).toEqual({ code: 1, lines: [`newsdesk: không có tệp này: ${missing}`] });
    const notLibrary = await tempDir();
    await writeFile(join(notLibrary, 'ghi-chu.txt'), 'không phải thư viện');
    expect(await run(['--lang', 'en', '--data', notLibrary, 'list'], {})).toEqual({
      code: 1,
      lines: [`newsdesk: the folder ${notLibrary} is not empty and is not a Newsdesk data folder`],
    });
  });

  it('prints an article, the bulletin settings, a search that found nothing, the print warnings and the file written in the reader’s language; what the newsroom wrote stays as written', async () => {
    const data = await tempDir();
    const desk = await openSampleNewsroom(data);
    const [submittedId, publishedId] = [await sampleId(desk, SUBMITTED_SAMPLE), await sampleId(desk, PUBLISHED_SAMPLE)];
    await desk.close();
    expect((await run(['--data', data, 'workflow', submittedId, 'approve', '--user', 'bientap', '--note', 'Được'], {})).code).toBe(0);
    const step = /\n {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}bientap {2}/;
    const shown = (await run(['--lang', 'en', '--data', data, 'show', submittedId], {})).lines[0]!;
    expect(shown).toMatch(new RegExp(`\nReview steps:(\n.*)*${step.source}approve: Được\n`));
    expect((await run(['--data', data, 'show', submittedId], {})).lines[0]).toMatch(
      new RegExp(`\nCác bước duyệt:(\n.*)*${step.source}duyệt: Được\n`),
    );

    const settings = await run(['--data', data, 'bulletin-settings', '--responsible', 'Nguyễn Văn An'], { LANG: 'en_GB.UTF-8' });
    expect(settings.lines).toEqual(
      expect.arrayContaining(['Responsible for publication: Nguyễn Văn An', 'Emblem (logo): —', 'Issuing body: —']),
    );
    expect(settings.lines.join('\n').replace('Nguyễn Văn An', '')).not.toMatch(/[À-ỹ]/);
    expect((await run(['--data', data, 'bulletin-settings'], {})).lines).toContain('Chịu trách nhiệm xuất bản: Nguyễn Văn An');
    expect((await run(['--lang', 'en', '--data', data, 'search', 'khong-co-tu-nay'], {})).lines).toEqual([
      'No article found for "khong-co-tu-nay".',
    ]);

    // The sample article prints a photo below 300 dpi that has no credit: told, the article's title quoted as it is.
    const pdf = ['--data', data, 'export-pdf', publishedId, '-o', join(data, 'bai.pdf')];
    const inEnglish = (await run(['--lang', 'en', ...pdf], {})).lines;
    expect(inEnglish.at(-1)).toBe(`Wrote ${join(data, 'bai.pdf')} (2 pages, A4)`);
    const english = inEnglish.filter((line) => line.startsWith('warning: '));
    expect(english).toEqual([
      expect.stringMatching(/^warning: ".+": photo [0-9a-f]{8}… prints at only \d+ dpi \(300 dpi or more is advised\)$/),
      expect.stringMatching(/^warning: ".+": photo [0-9a-f]{8}… has no credit$/),
    ]);
    const inVietnamese = (await run(pdf, {})).lines;
    expect(inVietnamese.at(-1)).toBe(`Đã ghi ${join(data, 'bai.pdf')} (2 trang, khổ A4)`);
    const vietnamese = inVietnamese.filter((line) => line.startsWith('cảnh báo: '));
    expect(vietnamese).toEqual([
      expect.stringMatching(/: ảnh [0-9a-f]{8}… chỉ đạt \d+ dpi khi in \(nên từ 300 dpi\)$/),
      expect.stringMatching(/: ảnh [0-9a-f]{8}… chưa ghi nguồn ảnh$/),
    ]);
  });
});
