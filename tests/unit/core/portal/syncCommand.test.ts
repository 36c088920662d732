import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADMIN, basicAuth, useDevPortals } from '../../../helpers/devPortal.ts';
import { approvedArticles, approveSample } from '../../../helpers/portalSync.ts';
import { openSampleNewsroom, SAMPLE_TITLE } from '../../../helpers/sampleNewsroom.ts';
import { main } from '../../../../core/cli.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const bin = fileURLToPath(new URL('../../../../bin/newsdesk.mjs', import.meta.url));

/** Runs the CLI without blocking this process (the development portal answers from here). */
function newsdesk(args: string[], env: Record<string, string>, onStdout?: (text: string, kill: () => void) => void) {
  const { NEWSDESK_PORTAL_PASSWORD: _p, NEWSDESK_DATA: _d, ...base } = process.env;
  const child = spawn(process.execPath, [bin, ...args], { env: { ...base, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    onStdout?.(stdout, () => child.kill('SIGKILL'));
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

describe('newsdesk sync', () => {
  const tempDir = useTempDirs();
  const startPortal = useDevPortals();

  it('wants the password in $NEWSDESK_PORTAL_PASSWORD, never on the command line', async () => {
    const dataDir = await tempDir();
    await openSampleNewsroom(dataDir);
    const result = await newsdesk(['--data', dataDir, 'sync', '--portal', 'https://cong.tinh.gov.vn', '--user', 'admin'], {});
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'newsdesk: hãy đặt mật khẩu cổng thông tin trong biến môi trường NEWSDESK_PORTAL_PASSWORD (không ghi mật khẩu trên dòng lệnh)',
    );
    expect((await newsdesk(['--data', dataDir, 'sync', '--password', 'x'], {})).code).toBe(2);
    const plain = await newsdesk(['--data', dataDir, 'sync', '--portal', 'http://cong.tinh.gov.vn', '--user', 'admin'], {
      NEWSDESK_PORTAL_PASSWORD: 'x',
    });
    expect(plain.stderr).toMatch(/phải dùng https:\/\//);
  });

  it('prints one line per article and a summary; a read-only portal is named with its admin page and exits 1', async () => {
    const portal = await startPortal(await tempDir(), { readOnly: true });
    const dataDir = await tempDir();
    const articleId = (await approveSample(await openSampleNewsroom(dataDir))).id;
    const args = ['--data', dataDir, 'sync', '--portal', portal.origin, '--user', ADMIN.name];
    const refused = await newsdesk(args, { NEWSDESK_PORTAL_PASSWORD: ADMIN.password });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(`lỗi        ${articleId}  Hội nghị trực tuyến`);
    expect(refused.stdout).toContain('cổng thông tin không nhận ghi dữ liệu: hãy bật quyền ghi ở /admin/config/services/jsonapi');
    expect(refused.stderr.trim()).toBe('newsdesk: 1 bài chưa lên được cổng thông tin');

    await portal.setReadOnly(false);
    const done = await newsdesk(args, { NEWSDESK_PORTAL_PASSWORD: ADMIN.password });
    expect(done.code).toBe(0);
    expect(done.stdout).toContain(
      `đã đăng    ${articleId}  Hội nghị trực tuyến triển khai nhiệm vụ, kế hoạch xây dựng nông thôn mới năm 2021 → ${portal.origin}/node/1`,
    );
    expect(done.stdout).toContain('Tổng cộng 1 bài: 0 đã gửi, 1 đã đăng, 0 đã lưu trữ, 0 chờ gửi, 0 xung đột, 0 lỗi.');
  });

  it('prints its lines, the portal’s refusal and its totals in English with --lang en; the article’s title stays as written', async () => {
    const portal = await startPortal(await tempDir(), { readOnly: true });
    const dataDir = await tempDir();
    const desk = await openSampleNewsroom(dataDir);
    const articleId = (await approveSample(desk)).id;
    await desk.close();
    const lines: string[] = [];
    const code = await main(
      ['--lang', 'en', '--data', dataDir, 'sync', '--portal', portal.origin, '--user', ADMIN.name],
      { out: (line) => lines.push(line), err: (line) => lines.push(line) },
      { env: { NEWSDESK_PORTAL_PASSWORD: ADMIN.password } },
    );
    expect(code).toBe(1);
    expect(lines).toEqual([
      'Received from the portal: 0 articles, 0 conflicts, 0 failed.',
      `failed     ${articleId}  ${SAMPLE_TITLE}: the portal does not accept writes: turn on writing at /admin/config/services/jsonapi`,
      'In all 1 articles: 0 sent, 0 published, 0 archived, 0 waiting, 0 conflicts, 1 failed.',
      'newsdesk: 1 article(s) did not reach the portal',
    ]);
  });

  it('killed mid-batch and run again, ends with exactly one node and one file per article', async () => {
    const portal = await startPortal(await tempDir());
    const dataDir = await tempDir();
    const ids = await approvedArticles(await openSampleNewsroom(dataDir), 30);
    const args = ['--data', dataDir, 'sync', '--portal', portal.origin, '--user', ADMIN.name];
    const killed = await newsdesk(args, { NEWSDESK_PORTAL_PASSWORD: ADMIN.password }, (stdout, kill) => {
      if ((stdout.match(/^đã đăng/gm) ?? []).length >= 8) kill();
    });
    expect(killed.signal).toBe('SIGKILL');
    expect(portal.store.nodes.size).toBeLessThan(30);

    const resumed = await newsdesk(args, { NEWSDESK_PORTAL_PASSWORD: ADMIN.password });
    expect(resumed.code).toBe(0);
    expect(portal.store.nodes.size).toBe(30);
    expect(portal.store.files.size).toBe(30);
    expect(new Set(portal.store.nodes.keys())).toEqual(new Set(ids));
  });
});

describe('newsdesk portal', () => {
  const tempDir = useTempDirs();

  it('starts on loopback, prints its address, its storage folder and a generated admin password', async () => {
    const store = await tempDir();
    let origin = '';
    const result = await newsdesk(['portal', '--port', '0', '--store', store], {}, (stdout, kill) => {
      if (/JSON:API nhận cả ghi dữ liệu/.test(stdout)) {
        origin = /http:\/\/127\.0\.0\.1:\d+/.exec(stdout)?.[0] ?? '';
        kill();
      }
    });
    expect(origin).not.toBe('');
    expect(result.stdout).toContain(`Dữ liệu lưu ở: ${store}`);
    expect(result.stdout).toMatch(/Tài khoản quản trị: admin, mật khẩu: \S{16}/);
  });

  it('--user NAME::ROLE takes the password from $PORTAL_PASSWORD_<NAME>, the portal accepts it, and it is never printed', async () => {
    const password = 'phong-vien-2021';
    let answers: Promise<number[]> | undefined;
    const result = await newsdesk(
      ['portal', '--port', '0', '--store', await tempDir(), '--user', 'bichdiep::reporter'],
      { PORTAL_PASSWORD_BICHDIEP: password },
      (stdout, kill) => {
        const origin = /http:\/\/127\.0\.0\.1:\d+/.exec(stdout)?.[0];
        if (answers || !origin || !/JSON:API nhận cả ghi dữ liệu/.test(stdout)) return;
        const status = async (tried: string) =>
          (await fetch(`${origin}/jsonapi`, { headers: { Authorization: basicAuth({ name: 'bichdiep', password: tried }) } })).status;
        answers = Promise.all([status(password), status('sai-mật-khẩu')]).finally(kill);
      },
    );
    expect(await answers).toEqual([200, 401]);
    expect(result.stdout).toContain('Tài khoản bichdiep (reporter)\n');
    expect(result.stdout).not.toContain(password);
  });
});
