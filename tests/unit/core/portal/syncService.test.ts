import { createServer } from 'node:net';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PORTAL_SETTINGS } from '../../../../core/model/portalSettings.ts';
import { coreText } from '../../../../core/i18n/coreMessages.ts';
import type { ConnectionReport } from '../../../../core/model/portalSettings.ts';
import type { Newsdesk } from '../../../../core/newsdesk.ts';
import { ADMIN, useDevPortals } from '../../../helpers/devPortal.ts';
import { approveSample } from '../../../helpers/portalSync.ts';
import { DEMO_PASSWORD, openSampleNewsroom } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

async function signedIn(dataDir: string, username = 'bientap'): Promise<Newsdesk> {
  const newsdesk = await openSampleNewsroom(dataDir);
  await newsdesk.api.session.signIn({ username, password: DEMO_PASSWORD });
  return newsdesk;
}

/** The report as the Vietnamese screen shows it. */
function inVietnamese(report: ConnectionReport): Omit<ConnectionReport, 'message'> & { message: string } {
  return { ...report, message: coreText('vi', report.message) };
}

async function freePortWithNothingOnIt(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function everyFileText(dir: string): Promise<string> {
  const texts: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) texts.push((await readFile(join(entry.parentPath, entry.name))).toString('latin1'));
  }
  return texts.join('\n');
}

describe('the sync service: settings, connection check, background sync', () => {
  const tempDir = useTempDirs();
  const startPortal = useDevPortals();

  it('reports exactly what is wrong: not https, unreachable, 401, read-only 405, a missing field; then that all is well', async () => {
    const portal = await startPortal(await tempDir(), { readOnly: true });
    const { api } = await signedIn(await tempDir());
    const settings = { ...DEFAULT_PORTAL_SETTINGS, baseUrl: portal.origin, username: ADMIN.name };

    await expect(api.sync.saveSettings({ ...settings, baseUrl: 'http://cong.tinh.gov.vn' })).rejects.toThrow(/phải dùng https:\/\//);

    await api.sync.saveSettings({ ...settings, baseUrl: `http://127.0.0.1:${await freePortWithNothingOnIt()}`, password: ADMIN.password });
    expect(inVietnamese(await api.sync.testConnection()).message).toMatch(
      /^không kết nối được với cổng thông tin 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/,
    );

    await api.sync.saveSettings({ ...settings, password: 'sai-mật-khẩu' });
    expect(inVietnamese(await api.sync.testConnection())).toEqual({
      ok: false,
      signInRefused: true,
      message: expect.stringMatching(/^cổng thông tin từ chối đăng nhập \(401\)/),
    });
    // The settings on screen are tried as typed, and nothing is kept: the screen keeps a password only once the portal took it.
    expect(inVietnamese(await api.sync.testConnection({ ...settings, password: ADMIN.password }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^cổng thông tin không nhận ghi dữ liệu/),
    });
    expect((await api.sync.testConnection()).signInRefused).toBe(true);

    await api.sync.saveSettings({ ...settings, password: ADMIN.password });
    expect(inVietnamese(await api.sync.testConnection()).message).toBe(
      'cổng thông tin không nhận ghi dữ liệu: hãy bật quyền ghi ở /admin/config/services/jsonapi',
    );

    await portal.setReadOnly(false);
    await api.sync.saveSettings({ ...settings, imageField: 'field_anh' });
    expect(inVietnamese(await api.sync.testConnection()).message).toMatch(/^cổng thông tin thiếu trường "field_anh" của node--article/);

    await api.sync.saveSettings({ ...settings, contentType: 'node--tin_tuc' });
    const noType = await api.sync.testConnection();
    expect(inVietnamese(noType).message).toBe('cổng thông tin không có loại nội dung node--tin_tuc');
    expect(coreText('en', noType.message)).toBe('the portal has no content type node--tin_tuc');

    const view = await api.sync.saveSettings(settings);
    expect(view.hasPassword).toBe(true);
    expect(inVietnamese(await api.sync.testConnection())).toEqual({ ok: true, message: expect.stringMatching(/^kết nối tốt/) });
    expect(portal.store.nodes.size).toBe(0);
  });

  it('syncs in the background with progress, and leaves no password in any file of the data folder', async () => {
    const portal = await startPortal(await tempDir());
    const dataDir = await tempDir();
    const newsdesk = await signedIn(dataDir);
    const articleId = (await approveSample(newsdesk)).id;
    const { api } = newsdesk;
    await api.sync.saveSettings({
      ...DEFAULT_PORTAL_SETTINGS,
      baseUrl: portal.origin,
      username: ADMIN.name,
      auth: 'basic',
      password: ADMIN.password,
    });

    const started = await api.sync.start();
    expect(started.running).toBe(true);
    let overview = started;
    while (overview.running) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      overview = await api.sync.status();
    }
    expect(overview).toMatchObject({ running: false, total: 1, done: 1 });
    expect(overview.items[0]).toMatchObject({ articleId, status: 'published', url: `${portal.origin}/node/1` });
    expect((await newsdesk.articles.get(articleId)).state).toBe('published');

    const everything = await everyFileText(dataDir);
    expect(everything).toContain(portal.origin);
    for (const secret of [
      ADMIN.password,
      Buffer.from(ADMIN.password).toString('latin1'),
      Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64'),
    ]) {
      expect(everything.includes(secret)).toBe(false);
    }
  });

  it('lets only editors and administrators change the newsroom’s portal settings; a communications officer does not sync', async () => {
    const { api } = await signedIn(await tempDir(), 'bichdiep');
    await expect(api.sync.saveSettings({ ...DEFAULT_PORTAL_SETTINGS, baseUrl: 'https://cong.tinh.gov.vn' })).rejects.toThrow(
      /chỉ biên tập viên và quản trị viên được đổi cài đặt chung/,
    );
    expect((await api.sync.settings()).baseUrl).toBe('');
    const officer = await signedIn(await tempDir(), 'truyenthong');
    await expect(officer.api.sync.start()).rejects.toThrow(/cán bộ truyền thông không đồng bộ/);
  }, 120_000);

  it('keeps one portal account per Newsdesk user: each person’s own name and password, never another’s', async () => {
    const portal = await startPortal(await tempDir());
    const dataDir = await tempDir();
    const newsdesk = await signedIn(dataDir, 'bientap');
    await newsdesk.api.sync.saveSettings({
      ...DEFAULT_PORTAL_SETTINGS,
      baseUrl: portal.origin,
      username: ADMIN.name,
      password: ADMIN.password,
    });
    await newsdesk.api.session.signOut();
    await newsdesk.api.session.signIn({ username: 'bichdiep', password: DEMO_PASSWORD });
    const reporterView = await newsdesk.api.sync.settings();
    expect(reporterView).toMatchObject({ baseUrl: portal.origin, hasPassword: false });
    // The reporter sets their own account; the newsroom's settings stay as the editor left them.
    await newsdesk.api.sync.saveSettings({ ...reporterView, username: 'congtacvien', password: 'tac-gia-2021' });
    expect(await newsdesk.api.sync.settings()).toMatchObject({ username: 'congtacvien', hasPassword: true });
    await newsdesk.api.session.signOut();
    await newsdesk.api.session.signIn({ username: 'bientap', password: DEMO_PASSWORD });
    expect(await newsdesk.api.sync.settings()).toMatchObject({ baseUrl: portal.origin, username: ADMIN.name, hasPassword: true });
  }, 120_000);
});
