import { randomUUID } from 'node:crypto';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleStore } from '../../../core/store/ArticleStore.ts';
import type { ListRow } from '../../../core/store/listFile.ts';
import { DEMO_PASSWORD, SAMPLE_TITLE, sampleIdIn, SUBMITTED_SAMPLE } from '../../helpers/sampleNewsroom.ts';
import { folderSnapshot } from '../../helpers/folderSnapshot.ts';
import { runNewsdesk, runNewsdeskProcess } from '../../helpers/runNewsdesk.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

/** Every file of a folder with its size and modification time, to prove a command changed nothing. */

/** One run of the real program that creates a data folder, on a busy two-core machine. */
const PROGRAM_RUN_UNDER_LOAD_MS = 120_000;

describe('newsdesk command line', () => {
  const tempDir = useTempDirs();
  afterEach(() => vi.useRealTimers());

  // The one run in a child process: the program itself, its exit status and its two streams. Its
  // work: starting Node with the TypeScript loader, and hashing four passwords at the real cost.
  it(
    'list --json seeds a new folder and prints clean JSON with the Vietnamese title intact',
    { timeout: PROGRAM_RUN_UNDER_LOAD_MS },
    async () => {
      const data = join(await tempDir(), 'x');
      const { code, stdout, stderr } = runNewsdeskProcess(['--data', data, 'list', '--json'], { NEWSDESK_DEMO_PASSWORD: undefined });
      expect(code).toBe(0);
      const articleId = await sampleIdIn(data);
      const rows = JSON.parse(stdout) as Array<Record<string, string>>;
      expect(rows.find((r) => r.id === articleId)).toEqual({
        id: articleId,
        title: SAMPLE_TITLE,
        state: 'published',
        byline: 'Bích Diệp',
        updatedAt: '2021-02-25T11:40:00.000Z',
      });
      expect(stderr).toMatch(/Tài khoản mẫu \(bichdiep, bientap, truyenthong, quantri\) có mật khẩu: \S{16}/);
      expect((await runNewsdesk(['--data', data, 'list', '--json'], { NEWSDESK_DEMO_PASSWORD: undefined })).stderr).toBe('');
      // The plain list, written as bytes by the program, reads as the one printed in this process.
      expect(runNewsdeskProcess(['--data', data, 'list']).stdout).toBe((await runNewsdesk(['--data', data, 'list'])).stdout);
    },
  );

  it('lists every article a line in columns, newest first, or only those in one state, a title with a tab or line break as it is', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const data = await tempDir();
    await runNewsdesk(['--data', data, 'list']);
    const store = await ArticleStore.open(data);
    const sample = await store.get(await sampleIdIn(data));
    const title = 'Tab\there, a line\nbreak and a \\ kept';
    await store.save({ ...sample, id: randomUUID(), title, updatedAt: '2030-01-01T00:00:00.000Z' });
    // Some seconds on, the articles folder is trusted as last looked at: the rows come from the list file.
    vi.setSystemTime(Date.now() + 10_000);
    const rows = JSON.parse((await runNewsdesk(['--data', data, 'list', '--json'])).stdout) as ListRow[];
    expect(rows.map((row) => row.title)).toEqual([title, ...rows.slice(1).map((row) => row.title)]);
    expect(rows).toHaveLength(5);
    const printed = (shown: ListRow[]) =>
      shown.map((row) => `${row.id}  ${row.state.padEnd(17)}  ${row.updatedAt.slice(0, 10)}  ${row.title} — ${row.byline}\n`).join('');
    // The first listing takes in the save, the second reads the list file as it was written again.
    for (let run = 0; run < 2; run++) expect((await runNewsdesk(['--data', data, 'list'])).stdout).toBe(printed(rows));
    const drafts = rows.filter((row) => row.state === 'draft');
    expect(drafts.length).toBeGreaterThan(0);
    expect((await runNewsdesk(['--data', data, 'list', '--state', 'draft'])).stdout).toBe(printed(drafts));
    expect(await runNewsdesk(['--data', data, 'list', '--state', 'archived'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('filters by state, shows one article as text or JSON, and reads $NEWSDESK_DATA', async () => {
    const data = await tempDir();
    const env = { NEWSDESK_DEMO_PASSWORD: DEMO_PASSWORD, NEWSDESK_DATA: data };
    const drafts = JSON.parse((await runNewsdesk(['list', '--state', 'draft', '--json'], env)).stdout) as Array<{ state: string }>;
    const articleId = await sampleIdIn(data);
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.every((a) => a.state === 'draft')).toBe(true);
    const text = await runNewsdesk(['show', articleId], env);
    expect(text.stdout.split('\n')[0]).toBe(SAMPLE_TITLE);
    expect(text.stdout).toContain('Đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh phát biểu tại Hội nghị');
    expect(JSON.parse((await runNewsdesk(['show', articleId, '--json'], env)).stdout).body.root.children).toHaveLength(4);
  });

  it('searches without diacritics and hands an article over in a .newsdesk package', async () => {
    const from = await tempDir();
    const to = await tempDir();
    const hits = JSON.parse((await runNewsdesk(['--data', from, 'search', 'DONG', 'CHI', '--json'])).stdout) as Array<{ title: string }>;
    const articleId = await sampleIdIn(from);
    expect(hits.map((h) => h.title)).toContain(SAMPLE_TITLE);
    expect((await runNewsdesk(['--data', from, 'search', 'không-có-từ-này'])).stdout).toContain('Không tìm thấy bài viết nào');

    const file = join(from, '..', `${articleId}.newsdesk`);
    expect((await runNewsdesk(['--data', from, 'export', articleId, '-o', file])).code).toBe(0);
    const imported = await runNewsdesk(['--data', to, 'import', file]);
    expect(imported).toMatchObject({ code: 0, stdout: `${articleId}\n` });
    expect((await runNewsdesk(['--data', to, 'import', file])).stdout).toBe(`${articleId}\n`);
    const list = JSON.parse((await runNewsdesk(['--data', to, 'list', '--json'])).stdout) as Array<{ id: string }>;
    expect(list.filter((a) => a.id === articleId)).toHaveLength(1);
  });

  it('moves an article through review as the named user, with the password from the environment', async () => {
    const data = await tempDir();
    const as = (password: string) => ({ NEWSDESK_DEMO_PASSWORD: DEMO_PASSWORD, NEWSDESK_PASSWORD: password });
    await runNewsdesk(['--data', data, 'list']);
    const id = await sampleIdIn(data, SUBMITTED_SAMPLE);
    const articleFile = join(data, 'articles', `${id}.json`);
    const before = await stat(articleFile);
    for (const [args, password, message] of [
      [['approve', '--user', 'bichdiep'], DEMO_PASSWORD, 'vai trò của bichdiep không được duyệt bài viết'],
      [['approve', '--user', 'bientap'], 'sai-mat-khau', 'sai tên đăng nhập hoặc mật khẩu'],
      // Publishing is the portal sync's step: the command line gives the core's own refusal.
      [
        ['publish', '--user', 'bientap'],
        DEMO_PASSWORD,
        'bài viết chỉ được xuất bản khi đồng bộ với cổng thông tin: bài đã duyệt được đăng ở lần đồng bộ tới',
      ],
      [['delete', '--user', 'bientap'], DEMO_PASSWORD, 'việc phải là một trong: submit, request-changes, approve, archive, correct'],
      [['approve'], DEMO_PASSWORD, 'workflow cần --user TÊN'],
    ] as const) {
      const result = await runNewsdesk(['--data', data, 'workflow', id, ...args], as(password));
      expect(result.code, args.join(' ')).not.toBe(0);
      expect(result.stderr.trim().split('\n')).toEqual([`newsdesk: ${message}`]);
    }
    expect((await stat(articleFile)).mtimeMs).toBe(before.mtimeMs);
    const approved = await runNewsdesk(
      ['--data', data, 'workflow', id, 'approve', '--user', 'bientap', '--note', 'Được'],
      as(DEMO_PASSWORD),
    );
    expect(approved).toMatchObject({ code: 0, stdout: expect.stringContaining(`${id}  approved`) });
  });

  it('answers bad input with one line on stderr, a non-zero status, and nothing changed', async () => {
    const data = await tempDir();
    await runNewsdesk(['--data', data, 'list']);
    const articleId = await sampleIdIn(data);
    const before = await folderSnapshot(data);
    const cases: Array<[string[], string]> = [
      [['--data', data, 'list', '--state', 'xong'], 'newsdesk: --state phải là một trong: draft, submitted'],
      [['--data', data, 'list', '--colour'], "newsdesk: list: Unknown option '--colour'"],
      [['--data', data, 'show'], 'newsdesk: show cần mã bài viết (id)'],
      [
        ['--data', data, 'show', '00000000-0000-4000-8000-000000000000'],
        'newsdesk: không có bài viết 00000000-0000-4000-8000-000000000000',
      ],
      [['--data', data, 'publish'], 'newsdesk: không có lệnh "publish"'],
      [['--data', data, 'serve', '--port', 'tám'], 'newsdesk: --port phải là số từ 0 đến 65535'],
      [['--data'], 'newsdesk: --data cần một thư mục'],
      [['--data', data, 'search'], 'newsdesk: search cần từ khóa'],
      [['--data', data, 'export', articleId, '-o', '/không/có/x.newsdesk'], 'newsdesk: không có thư mục /không/có'],
      [['--data', data, 'import', '/etc/hostname'], 'newsdesk: không nhập được "hostname": chỉ nhận tệp .newsdesk, .docx, .json, .txt'],
      [['--data', data, 'import', '/không/có.newsdesk'], 'newsdesk: không có tệp này: /không/có.newsdesk'],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await runNewsdesk(args);
      expect(code, args.join(' ')).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(stderr).toContain(message);
    }
    expect(await folderSnapshot(data)).toEqual(before);
  });

  it('tells what opening found in the reader’s language: the generated demo password once, a damaged article file', async () => {
    const data = await tempDir();
    const seeded = await runNewsdesk(['--data', data, '--lang', 'en', 'list'], { NEWSDESK_DEMO_PASSWORD: undefined });
    expect(seeded.code).toBe(0);
    const lines = seeded.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const password =
      /^The sample accounts \(bichdiep, bientap, truyenthong, quantri\) have the password: (\S{16}) — write it down, it is shown only once\.$/.exec(
        lines[0]!,
      )?.[1];
    expect(password).toBeDefined();
    expect(seeded.stdout).not.toContain(password);
    expect(seeded.stderr.split(password!)).toHaveLength(2);

    const articleId = await sampleIdIn(data);
    await writeFile(join(data, 'articles', `${articleId}.json`), '{}');
    await writeFile(join(data, 'index.json'), '');
    const english = await runNewsdesk(['--data', data, '--lang', 'en', 'list']);
    expect(english.code).toBe(0);
    expect(english.stderr).toContain(`${articleId}.json: `);
    expect(english.stderr).toContain('wrong structure at');
    expect(english.stderr).not.toMatch(/[À-ỹ]/);
  });

  it('refuses a --data folder that is not a Newsdesk folder and leaves it alone', async () => {
    const notNewsdesk = fileURLToPath(new URL('../../../seeds', import.meta.url));
    const before = await folderSnapshot(notNewsdesk);
    const { code, stderr } = await runNewsdesk(['--data', notNewsdesk, 'list']);
    expect(code).toBe(1);
    expect(stderr).toContain('không trống và không phải thư mục dữ liệu của Newsdesk');
    expect(await folderSnapshot(notNewsdesk)).toEqual(before);
  });
});
