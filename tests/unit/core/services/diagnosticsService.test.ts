import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { arch, platform, release } from 'node:os';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PORTAL_SETTINGS } from '../../../../core/model/portalSettings.ts';
import { openNewsdesk } from '../../../../core/newsdesk.ts';
import { DATA_FORMAT_VERSION } from '../../../../core/store/dataFolder.ts';
import { DEMO_PASSWORD, SEEDS_DIR, openSampleNewsroom } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const packageVersion = (JSON.parse(await readFile(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

describe('the diagnostics service', () => {
  const tempDir = useTempDirs();

  it('reports the version, system, data folder and what the library holds, to any signed-in user', async () => {
    const dataDir = await tempDir();
    const newsdesk = await openSampleNewsroom(dataDir);
    const { api } = newsdesk;
    await expect(api.diagnostics.report()).rejects.toThrow('hãy đăng nhập trước');
    await api.session.signIn({ username: 'bichdiep', password: DEMO_PASSWORD });

    const report = await api.diagnostics.report();
    const articles = await api.library.list({});
    expect(report).toMatchObject({
      app: { name: 'Newsdesk', version: packageVersion },
      runtime: { mode: 'browser', node: process.versions.node },
      os: { platform: platform(), release: release(), arch: arch() },
      dataFolder: { path: dataDir, formatVersion: DATA_FORMAT_VERSION },
      lastBackup: null,
      logFile: join(dataDir, 'logs', 'newsdesk.log'),
      portal: { configured: false },
    });
    expect(report.articles.total).toBe(articles.length);
    for (const state of ['draft', 'submitted', 'approved', 'published'] as const) {
      expect(report.articles.byState[state], state).toBe(articles.filter((a) => a.state === state).length);
    }
    expect(report.articles.byState.published).toBe(1);
    expect(report.searchIndex.articles).toBe(articles.length);
    const generation = join(dataDir, 'search', (await readFile(join(dataDir, 'search', 'current'), 'utf8')).trim());
    let cacheBytes = 0;
    for (const name of await readdir(generation)) cacheBytes += (await stat(join(generation, name))).size;
    expect(report.searchIndex.bytes).toBe(cacheBytes);
    expect(Date.now() - Date.parse(report.generatedAt)).toBeLessThan(60_000);
    await newsdesk.close();
  });

  it('names the newest backup and whether a portal is set up, never its address or password', async () => {
    const dataDir = await tempDir();
    const { api } = await openSampleNewsroom(dataDir);
    await api.session.signIn({ username: 'bientap', password: DEMO_PASSWORD });
    await api.backup.create();
    const portalPassword = 'mat-khau-cong-thong-tin-9';
    await api.sync.saveSettings({
      ...DEFAULT_PORTAL_SETTINGS,
      baseUrl: 'https://congthongtin.tinh.gov.vn',
      username: 'bientap',
      password: portalPassword,
    });

    const report = await api.diagnostics.report();
    expect(report.lastBackup).toEqual({ at: (await api.backup.list())[0]!.createdAt, kind: 'manual' });
    expect(report.portal).toEqual({ configured: true });
    const text = JSON.stringify(report);
    expect(text).not.toContain(portalPassword);
    expect(text).not.toContain('congthongtin');
    expect(text).not.toContain(DEMO_PASSWORD);
  });

  it('tells the desktop app by the Electron and Chromium versions its shell gives', async () => {
    const dataDir = await tempDir();
    const newsdesk = await openNewsdesk({
      dataDir,
      seedsDir: SEEDS_DIR,
      demoPassword: DEMO_PASSWORD,
      notice: () => undefined,
      shell: { electron: '45.5.0', chromium: '140.0.7339.0' },
    });
    await newsdesk.api.session.signIn({ username: 'bichdiep', password: DEMO_PASSWORD });
    expect((await newsdesk.api.diagnostics.report()).runtime).toEqual({
      mode: 'desktop',
      electron: '45.5.0',
      chromium: '140.0.7339.0',
      node: process.versions.node,
    });
    await newsdesk.close();
  });
});
