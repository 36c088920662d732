import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ArticleIndex, type IndexEntry } from '../../../../core/store/ArticleIndex.ts';
import { ArticleStore } from '../../../../core/store/ArticleStore.ts';
import { sampleArticle } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

describe('ArticleIndex', () => {
  const tempDir = useTempDirs();

  it('keeps on disk a change made while it writes itself afresh', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    await store.save(await sampleArticle());
    await store.flush();
    const index = (await ArticleIndex.open(dir))!;
    const [entry] = index.entries() as [IndexEntry];
    const id = randomUUID();

    const compaction = index.compact();
    await index.put({ ...entry, id, title: 'Lưu trong lúc chỉ mục được viết lại' });
    await compaction;

    const reopened = (await ArticleIndex.open(dir))!;
    expect(reopened.entries().find((e) => e.id === id)?.title).toBe('Lưu trong lúc chỉ mục được viết lại');
  });
});
