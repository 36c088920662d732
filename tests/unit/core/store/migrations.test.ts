import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../../core/model/article.ts';
import { SyncQueue } from '../../../../core/portal/SyncQueue.ts';
import { DATA_FORMAT_VERSION } from '../../../../core/store/dataFolder.ts';
import { openSampleNewsroom, SEEDS_DIR, sampleArticle, sampleId } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

/** A data folder as the first Newsdesk wrote it: format 1, a plain index, no revisions. */
async function writeFormatOneFolder(dataDir: string) {
  const article = await sampleArticle();
  await mkdir(join(dataDir, 'articles'), { recursive: true });
  await writeFile(join(dataDir, 'articles', `${article.id}.json`), JSON.stringify(article));
  await writeFile(join(dataDir, 'index.json'), JSON.stringify({ articles: { [article.id]: summarize(article) } }));
  await cp(join(SEEDS_DIR, 'assets'), join(dataDir, 'assets'), { recursive: true });
  await writeFile(join(dataDir, 'accounts.json'), JSON.stringify({ accounts: [] }));
  await writeFile(join(dataDir, 'newsdesk.json'), JSON.stringify({ format: 'newsdesk-data', version: 1 }));
}

describe('data folder migration', () => {
  const tempDir = useTempDirs();

  it('backs up a format 1 folder, then gives every article its first revision and a new index', async () => {
    const dataDir = await tempDir();
    await writeFormatOneFolder(dataDir);
    const newsdesk = await openSampleNewsroom(dataDir);
    const articleId = await sampleId(newsdesk);

    const [backup] = await newsdesk.backups.list();
    expect(backup).toMatchObject({ kind: 'before-migration', articleCount: 1 });
    const backedUpMarker = await readFile(join(dataDir, 'backups', backup!.name, 'newsdesk.json'), 'utf8');
    expect(JSON.parse(backedUpMarker).version).toBe(1);

    expect(JSON.parse(await readFile(join(dataDir, 'newsdesk.json'), 'utf8')).version).toBe(DATA_FORMAT_VERSION);
    expect(newsdesk.articles.list().map((a) => a.id)).toEqual([articleId]);
    expect(newsdesk.problems).toEqual([]);
    const revisions = await newsdesk.articles.listRevisions(articleId);
    expect(revisions).toEqual([expect.objectContaining({ number: 1, reason: 'migration', by: 'bichdiep' })]);
    expect(await readdir(join(dataDir, 'articles'))).toEqual([`${articleId}.json`]);
  });

  it('marks as a sample the demo article a format 2 folder holds under the id every folder shared, so no sync sends it', async () => {
    const dataDir = await tempDir();
    const seeded = await openSampleNewsroom(dataDir);
    const ownId = await sampleId(seeded);
    await seeded.close();
    const sharedId = '6f1c2a3e-8b4d-4c5e-9a7f-2d3b4c5e6f70';
    const { sample: _mark, ...unmarked } = JSON.parse(await readFile(join(dataDir, 'articles', `${ownId}.json`), 'utf8')) as Record<
      string,
      unknown
    >;
    await rm(join(dataDir, 'articles', `${ownId}.json`));
    await writeFile(join(dataDir, 'articles', `${sharedId}.json`), JSON.stringify({ ...unmarked, id: sharedId }));
    await rm(join(dataDir, 'index.json'));
    await writeFile(join(dataDir, 'newsdesk.json'), JSON.stringify({ format: 'newsdesk-data', version: 2 }));

    const newsdesk = await openSampleNewsroom(dataDir);
    expect((await newsdesk.articles.get(sharedId)).sample).toBe(true);
    expect((await newsdesk.backups.list()).map((backup) => backup.kind)).toContain('before-migration');
    expect(JSON.parse(await readFile(join(dataDir, 'newsdesk.json'), 'utf8')).version).toBe(DATA_FORMAT_VERSION);
    await newsdesk.close();
  });

  it('moves the sync queue a format 3 folder kept one file per article into its journal, after a backup, keeping what was sent', async () => {
    const dataDir = await tempDir();
    const seeded = await openSampleNewsroom(dataDir);
    const articleId = await sampleId(seeded);
    await seeded.close();
    await mkdir(join(dataDir, 'portal', 'queue'), { recursive: true });
    const sent = {
      articleId,
      title: 'Bài đã gửi',
      action: 'publish',
      status: 'waiting',
      nodeSent: true,
      uploadsInDoubt: [],
      updatedAt: '2026-11-30T08:00:00.000Z',
    };
    await writeFile(join(dataDir, 'portal', 'queue', `${articleId}.json`), JSON.stringify(sent));
    await writeFile(join(dataDir, 'newsdesk.json'), JSON.stringify({ format: 'newsdesk-data', version: 3 }));

    const newsdesk = await openSampleNewsroom(dataDir);
    expect((await newsdesk.backups.list()).map((backup) => backup.kind)).toContain('before-migration');
    expect(JSON.parse(await readFile(join(dataDir, 'newsdesk.json'), 'utf8')).version).toBe(DATA_FORMAT_VERSION);
    expect(await readdir(join(dataDir, 'portal'))).not.toContain('queue');
    expect((await SyncQueue.open(dataDir)).get(articleId)).toMatchObject({ title: 'Bài đã gửi', nodeSent: true });
    await newsdesk.close();
  });
});
