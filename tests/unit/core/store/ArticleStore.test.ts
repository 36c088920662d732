import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../../core/store/ArticleStore.ts';
import { SAMPLE_ARTICLE_ID, sampleArticle } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const OTHER_ID = '2b0f5a8e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';

describe('ArticleStore', () => {
  const tempDir = useTempDirs();

  async function storeWithTwoArticles() {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    const sample = await sampleArticle();
    await store.save(sample);
    await store.save({ ...sample, id: OTHER_ID, title: 'Bài thứ hai', state: 'draft', updatedAt: '2021-03-01T00:00:00.000Z' });
    return { dir, store, sample };
  }

  it('keeps one file per article and a small index, and reopens with the same articles', async () => {
    const { dir, sample } = await storeWithTwoArticles();
    const reopened = await ArticleStore.open(dir);
    expect(reopened.list().map((a) => a.title)).toEqual(['Bài thứ hai', sample.title]);
    expect(reopened.list({ state: 'draft' }).map((a) => a.id)).toEqual([OTHER_ID]);
    expect(await reopened.get(SAMPLE_ARTICLE_ID)).toEqual(sample);
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
    expect(Object.keys(index.articles)).toHaveLength(2);
    expect(JSON.stringify(index)).not.toContain('Chiều ngày 25/2/2021');
  });

  it('refuses to save an article that fails the schema and keeps the saved one', async () => {
    const { store, sample } = await storeWithTwoArticles();
    await expect(store.save({ ...sample, state: 'lost' as never })).rejects.toThrow();
    expect(await store.get(SAMPLE_ARTICLE_ID)).toEqual(sample);
  });

  it('reports a corrupt article file by name and still opens the rest of the library', async () => {
    const { dir } = await storeWithTwoArticles();
    await writeFile(join(dir, 'articles', `${OTHER_ID}.json`), '{"title": "Bài thứ hai", "bo');
    const withIndex = await ArticleStore.open(dir);
    await expect(withIndex.get(OTHER_ID)).rejects.toThrow(`bài viết ${OTHER_ID} không đọc được: tệp không phải JSON hợp lệ`);
    expect((await withIndex.get(SAMPLE_ARTICLE_ID)).id).toBe(SAMPLE_ARTICLE_ID);

    await rm(join(dir, 'index.json'));
    const rebuilt = await ArticleStore.open(dir);
    expect(rebuilt.list().map((a) => a.id)).toEqual([SAMPLE_ARTICLE_ID]);
    expect(rebuilt.problems).toEqual([{ file: join('articles', `${OTHER_ID}.json`), message: 'tệp không phải JSON hợp lệ' }]);
  });

  it('rebuilds a damaged index from the article files', async () => {
    const { dir } = await storeWithTwoArticles();
    await writeFile(join(dir, 'index.json'), 'not json');
    const store = await ArticleStore.open(dir);
    expect(store.list()).toHaveLength(2);
    expect(store.problems[0]?.file).toBe('index.json');
  });
});
