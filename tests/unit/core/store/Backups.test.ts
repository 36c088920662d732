import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backups } from '../../../../core/store/Backups.ts';
import { DEMO_PASSWORD, openSampleNewsroom, sampleId } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

describe('Backups', () => {
  const tempDir = useTempDirs();

  it('backs up the data folder with photos hard-linked, and restores it after backing up the current state', async () => {
    const dataDir = await tempDir();
    const newsdesk = await openSampleNewsroom(dataDir);
    const articleId = await sampleId(newsdesk);
    const backups = new Backups(dataDir);
    const backup = await backups.create('manual');
    expect(backup).toMatchObject({ kind: 'manual', articleCount: 4 });

    const [photo] = await readdir(join(dataDir, 'assets'));
    const original = await stat(join(dataDir, 'assets', photo!));
    expect((await stat(join(dataDir, 'backups', backup.name, 'assets', photo!))).ino).toBe(original.ino);

    const article = await newsdesk.articles.get(articleId);
    await newsdesk.articles.save({ ...article, title: 'Sửa nhầm cần khôi phục' });
    // It replaces everyone's work: a reporter may not, an editor may.
    await newsdesk.api.session.signIn({ username: 'bichdiep', password: DEMO_PASSWORD });
    await expect(newsdesk.api.backup.restore(backup.name)).rejects.toThrow('việc này cần vai trò editor hoặc admin');
    expect((await newsdesk.api.library.get(articleId)).title).toBe('Sửa nhầm cần khôi phục');
    await newsdesk.api.session.signIn({ username: 'bientap', password: DEMO_PASSWORD });
    await newsdesk.api.backup.restore(backup.name);
    expect((await newsdesk.api.library.get(articleId)).title).toBe(article.title);
    expect((await newsdesk.api.library.search('sua nham')).length).toBe(0);

    const kinds = (await backups.list()).map((b) => b.kind);
    expect(kinds).toEqual(['before-restore', 'manual']);
    const safety = (await backups.list())[0]!;
    const saved = await readFile(join(dataDir, 'backups', safety.name, 'articles', `${articleId}.json`), 'utf8');
    expect(saved).toContain('Sửa nhầm cần khôi phục');
  });

  it('makes one daily backup a day and keeps the newest seven', async () => {
    const dataDir = await tempDir();
    await openSampleNewsroom(dataDir);
    const backups = new Backups(dataDir);
    const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));
    for (let n = 1; n <= 9; n++) {
      expect(await backups.ensureDaily(day(n))).not.toBeNull();
      expect(await backups.ensureDaily(new Date(day(n).getTime() + 3_600_000))).toBeNull();
    }
    const daily = await backups.list();
    expect(daily).toHaveLength(7);
    expect(daily[0]!.createdAt).toBe(day(9).toISOString());
    expect(daily.at(-1)!.createdAt).toBe(day(3).toISOString());
  });

  it('never offers a backup that was cut off halfway', async () => {
    const dataDir = await tempDir();
    await openSampleNewsroom(dataDir);
    const backups = new Backups(dataDir);
    await backups.create('manual');
    const [name] = await readdir(join(dataDir, 'backups'));
    await writeFile(join(dataDir, 'backups', name!, 'backup.json'), '{');
    expect(await backups.list()).toEqual([]);
    await expect(backups.restore(name!)).rejects.toThrow(`không có bản sao lưu "${name}"`);
  });
});
