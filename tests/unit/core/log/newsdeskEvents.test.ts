import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PORTAL_SETTINGS } from '../../../../core/model/portalSettings.ts';
import type { Newsdesk } from '../../../../core/newsdesk.ts';
import { ADMIN, useDevPortals } from '../../../helpers/devPortal.ts';
import { approveSample } from '../../../helpers/portalSync.ts';
import { DEMO_PASSWORD, openSampleNewsroom } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

/** The events logged so far, without their time stamps: `INFO  sign-in succeeded {...}`. */
async function logged(newsdesk: Newsdesk): Promise<string[]> {
  await newsdesk.log.flush();
  const text = await readFile(newsdesk.log.path!, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(25));
}

describe('what Newsdesk notes in its log', () => {
  const tempDir = useTempDirs();
  const startPortal = useDevPortals();

  it('sign-ins that worked and failed, and a lockout, with names but never a password', async () => {
    const dataDir = await tempDir();
    const newsdesk = await openSampleNewsroom(dataDir);
    const { api } = newsdesk;
    expect(newsdesk.log.path).toBe(join(dataDir, 'logs', 'newsdesk.log'));
    await api.session.signIn({ username: 'bichdiep', password: DEMO_PASSWORD });
    await api.session.signOut();
    // Someone typed a password into the name field: that name is not written down.
    await expect(api.session.signIn({ username: 'matkhau-go-nham-o-ten', password: 'x' })).rejects.toThrow();
    const wrong = ['sai-lan-1', 'sai-lan-2', 'sai-lan-3', 'sai-lan-4', 'sai-lan-5'];
    for (const password of wrong) await expect(api.session.signIn({ username: 'bientap', password })).rejects.toThrow();
    await expect(api.session.signIn({ username: 'bientap', password: DEMO_PASSWORD })).rejects.toThrow(/tạm khóa/);

    const lines = await logged(newsdesk);
    expect(lines).toEqual([
      'INFO  data folder created with the sample newsroom {"dataDir":' + JSON.stringify(dataDir) + '}',
      'INFO  sign-in succeeded {"username":"bichdiep","role":"reporter"}',
      'INFO  signed out {"username":"bichdiep"}',
      'WARN  sign-in failed {"username":"(not an account)","disabled":false}',
      ...Array.from({ length: 4 }, () => 'WARN  sign-in failed {"username":"bientap","disabled":false}'),
      expect.stringMatching(/^WARN {2}account locked after repeated wrong passwords \{"username":"bientap","lockedUntil":"[^"]+"\}$/),
      expect.stringMatching(/^WARN {2}sign-in refused: account locked \{"username":"bientap","lockedUntil":"[^"]+"\}$/),
    ]);
    const text = await readFile(newsdesk.log.path!, 'utf8');
    for (const secret of [DEMO_PASSWORD, 'matkhau-go-nham-o-ten', ...wrong]) expect(text).not.toContain(secret);
    await newsdesk.close();
  });

  it('backups made and restored, and an article file set aside as damaged', async () => {
    const dataDir = await tempDir();
    const first = await openSampleNewsroom(dataDir);
    await first.api.session.signIn({ username: 'bientap', password: DEMO_PASSWORD });
    const backup = await first.api.backup.create();
    await first.api.backup.restore(backup.name);
    expect(await logged(first)).toEqual(
      expect.arrayContaining([
        `INFO  backup made {"name":"${backup.name}","kind":"manual","articles":${backup.articleCount}}`,
        expect.stringMatching(/^INFO {2}backup made \{"name":"[^"]+-before-restore","kind":"before-restore","articles":\d+\}$/),
        `INFO  backup restored {"name":"${backup.name}","kind":"manual","articles":${backup.articleCount}}`,
      ]),
    );
    // The restore left the log in place: it still holds what came before.
    expect((await logged(first))[0]).toMatch(/^INFO {2}data folder created/);
    await first.close();

    const [victim] = first.articles.list();
    await writeFile(join(dataDir, 'articles', `${victim!.id}.json`), '{"title": "cắt ngang');
    const second = await openSampleNewsroom(dataDir, []);
    const lines = await logged(second);
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^WARN {2}article file quarantined \\{"file":"articles/${victim!.id}.json","movedTo":"quarantine/[^"]+","reason":"[^"]+"\\}$`,
        ),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^WARN {2}library problem found on opening \\{"file":"articles/${victim!.id}.json"`)),
    );
    expect(await readFile(second.log.path!, 'utf8')).not.toContain('cắt ngang');
    await second.close();
  });

  it('sync runs and what the portal did with each article, without the portal password', async () => {
    const portal = await startPortal(await tempDir());
    const newsdesk = await openSampleNewsroom(await tempDir());
    const { api } = newsdesk;
    await api.session.signIn({ username: 'bientap', password: DEMO_PASSWORD });
    await approveSample(newsdesk);
    await api.sync.saveSettings({ ...DEFAULT_PORTAL_SETTINGS, baseUrl: portal.origin, username: ADMIN.name, password: ADMIN.password });
    let overview = await api.sync.start();
    while (overview.running) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      overview = await api.sync.status();
    }
    expect(await logged(newsdesk)).toEqual(
      expect.arrayContaining(['INFO  sync started {"articles":1}', 'INFO  sync finished {"published":1}']),
    );
    const text = await readFile(newsdesk.log.path!, 'utf8');
    expect(text).not.toContain(ADMIN.password);
    expect(text).not.toContain(Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64'));
    await newsdesk.close();
  });
});
