import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ZipFile } from 'yazl';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPackage } from '../../../../core/exchange/exportPackage.ts';
import { importPackage } from '../../../../core/exchange/importPackage.ts';
import type { Article } from '../../../../core/model/article.ts';
import { SEEDS_DIR, openSampleNewsroom, sampleArticle, sampleId } from '../../../helpers/sampleNewsroom.ts';
import { folderSnapshot } from '../../../helpers/folderSnapshot.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

async function zip(entries: Array<[string, Buffer]>): Promise<Buffer> {
  const file = new ZipFile();
  for (const [name, data] of entries) file.addBuffer(data, name);
  file.end();
  const chunks: Buffer[] = [];
  for await (const chunk of file.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const manifest = json({ format: 'newsdesk-package', version: 1, exportedAt: '2026-11-28T10:00:00.000Z' });

describe('.newsdesk packages', () => {
  const tempDir = useTempDirs();
  let article: Article;
  let photoName: string;
  let photo: Buffer;
  let good: Buffer;

  beforeAll(async () => {
    article = await sampleArticle();
    [photoName] = (await readdir(join(SEEDS_DIR, 'assets'))) as [string];
    photo = await readFile(join(SEEDS_DIR, 'assets', photoName));
    good = await buildPackage(article, [], async () => photo);
  });

  it('carries an article with its photo to another library, once however often it is imported', async () => {
    const source = await openSampleNewsroom(await tempDir());
    const articleId = await sampleId(source);
    const bytes = await buildPackage(await source.articles.get(articleId), await source.articles.listRevisions(articleId), (name) =>
      source.stores.assets.read(name),
    );
    const newsdesk = await openSampleNewsroom(await tempDir());
    // The article came over once before (each library gives its own samples ids of their own) and was edited here since.
    expect(await importPackage(newsdesk.stores, bytes, { user: null, by: 'bientap' })).toEqual({ id: articleId, outcome: 'created' });
    const edited = { ...(await newsdesk.articles.get(articleId)), title: 'Bản ở máy khác' };
    await newsdesk.articles.save(edited, { by: 'bichdiep' });

    expect(await importPackage(newsdesk.stores, bytes, { user: null, by: 'bientap' })).toEqual({ id: articleId, outcome: 'updated' });
    expect(await importPackage(newsdesk.stores, bytes, { user: null, by: 'bientap' })).toEqual({ id: articleId, outcome: 'unchanged' });
    expect(newsdesk.articles.list().filter((a) => a.id === articleId)).toHaveLength(1);
    expect((await newsdesk.articles.get(articleId)).title).toBe(article.title);
    const revisions = await newsdesk.articles.listRevisions(articleId);
    expect(revisions.at(-1)).toMatchObject({ reason: 'import', by: 'bientap' });
    expect(revisions.map((r) => r.number)).toEqual([1, 2, 3]);
  });

  const hostile: Array<[string, () => Promise<Buffer>, string]> = [
    [
      'a name that climbs out of the folder',
      async () => {
        const bytes = await zip([
          ['manifest.json', manifest],
          ['article.json', json(article)],
          ['xx/evil.json', json({})],
        ]);
        return Buffer.from(bytes.toString('latin1').replaceAll('xx/evil.json', '../evil.json'), 'latin1');
      },
      'tên tệp nguy hiểm trong gói (invalid relative path: ../evil.json)',
    ],
    [
      'an absolute name',
      async () => {
        const bytes = await zip([
          ['manifest.json', manifest],
          ['xetc/cron.json', json({})],
        ]);
        return Buffer.from(bytes.toString('latin1').replaceAll('xetc/cron.json', '/etc/cron.json'), 'latin1');
      },
      'tên tệp nguy hiểm trong gói (absolute path: /etc/cron.json)',
    ],
    [
      'a name the package format does not know',
      async () =>
        zip([
          ['manifest.json', manifest],
          ['article.json', json(article)],
          ['run.sh', Buffer.from('rm -rf ~')],
        ]),
      'tên tệp không được phép trong gói: "run.sh"',
    ],
    [
      'a file named twice',
      async () =>
        zip([
          ['manifest.json', manifest],
          ['article.json', json(article)],
          ['article.json', json({ ...article, title: 'Bài khác' })],
        ]),
      'tệp "article.json" xuất hiện hai lần',
    ],
    [
      'a zip bomb',
      async () =>
        zip([
          ['manifest.json', manifest],
          ['article.json', Buffer.alloc(80 * 1024 * 1024, 32)],
        ]),
      'tệp "article.json" quá lớn',
    ],
    [
      'a missing photo',
      async () => {
        const elsewhere = { ...article, featuredPhoto: { ...article.featuredPhoto!, asset: `${'e'.repeat(64)}.jpg` } };
        return zip([
          ['manifest.json', manifest],
          ['article.json', json(elsewhere)],
        ]);
      },
      `thiếu ảnh ${'e'.repeat(64)}.jpg`,
    ],
    [
      'a photo that does not match its name',
      async () =>
        zip([
          ['manifest.json', manifest],
          ['article.json', json(article)],
          [`assets/${photoName}`, photo.subarray(0, 1000)],
        ]),
      'bị hỏng hoặc không khớp tên',
    ],
    [
      'an article that fails the schema',
      async () =>
        zip([
          ['manifest.json', manifest],
          ['article.json', json({ ...article, state: 'deleted' })],
        ]),
      'article.json sai cấu trúc ở state',
    ],
    ['no manifest', async () => zip([['article.json', json(article)]]), 'thiếu hoặc sai manifest.json'],
    ['a truncated file', async () => good.subarray(0, good.length - 100), 'không phải tệp zip đọc được'],
    ['not a zip at all', async () => Buffer.from('%PDF-1.7'), 'không phải tệp zip đọc được'],
  ];

  for (const [what, make, message] of hostile) {
    it(`refuses ${what} and changes nothing`, async () => {
      const dataDir = await tempDir();
      const newsdesk = await openSampleNewsroom(dataDir);
      const fresh = { ...article, id: '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6' };
      const bytes = await make();
      const patched = Buffer.from(bytes.toString('latin1').replaceAll(article.id, fresh.id), 'latin1');
      const before = await folderSnapshot(dataDir);
      await expect(importPackage(newsdesk.stores, patched, { user: null, by: 'bichdiep' })).rejects.toThrow(message);
      expect(await folderSnapshot(dataDir)).toEqual(before);
      expect(newsdesk.articles.has(fresh.id)).toBe(false);
    });
  }

  it('names its photos by the SHA-256 of their bytes', () => {
    expect(photoName).toBe(`${createHash('sha256').update(photo).digest('hex')}.jpg`);
  });
});
