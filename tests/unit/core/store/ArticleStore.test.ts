import { randomUUID } from 'node:crypto';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coreText } from '../../../../core/i18n/coreMessages.ts';
import { ArticleStore } from '../../../../core/store/ArticleStore.ts';
import { sampleArticle } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const OTHER_ID = '2b0f5a8e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';

describe('ArticleStore', () => {
  const tempDir = useTempDirs();
  afterEach(() => vi.useRealTimers());

  async function storeWithTwoArticles() {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    const sample = await sampleArticle();
    await store.save(sample);
    await store.save({ ...sample, id: OTHER_ID, title: 'Bài thứ hai', state: 'draft', updatedAt: '2021-03-01T00:00:00.000Z' });
    await store.flush();
    return { dir, store, sample };
  }

  it('keeps one file per article and an index without the text, and reopens with the same articles', async () => {
    const { dir, sample } = await storeWithTwoArticles();
    const reopened = await ArticleStore.open(dir);
    expect(reopened.list().map((a) => a.title)).toEqual(['Bài thứ hai', sample.title]);
    expect(reopened.list({ state: 'draft' }).map((a) => a.id)).toEqual([OTHER_ID]);
    expect(await reopened.get(sample.id)).toEqual(sample);
    expect(await readdir(join(dir, 'articles'))).toHaveLength(2);
    const index = (await readFile(join(dir, 'index.json'), 'utf8')) + (await readFile(join(dir, 'index.log'), 'utf8'));
    expect(index).toContain('Bài thứ hai');
    expect(index).not.toContain('Chiều ngày 25/2/2021');
  });

  it('refuses to save an article that fails the schema and keeps the saved one', async () => {
    const { store, sample } = await storeWithTwoArticles();
    await expect(store.save({ ...sample, state: 'lost' as never })).rejects.toThrow();
    expect(await store.get(sample.id)).toEqual(sample);
    expect(await store.listRevisions(sample.id)).toHaveLength(1);
  });

  it('moves an article file damaged behind its back to quarantine/ at start and offers its last good revision', async () => {
    const { dir, sample } = await storeWithTwoArticles();
    await writeFile(join(dir, 'articles', `${sample.id}.json`), '{"title": "Hội nghị", "bo');
    const store = await ArticleStore.open(dir);
    expect(store.list().map((a) => a.id)).toEqual([OTHER_ID]);
    expect(store.problems).toEqual([
      {
        file: join('articles', `${sample.id}.json`),
        message: expect.objectContaining({ key: 'store.problem.quarantined' }),
        articleId: sample.id,
        lastGoodRevision: { number: 1, title: sample.title, at: expect.any(String) },
      },
    ]);
    expect(coreText('vi', store.problems[0]!.message)).toMatch(/^tệp không phải JSON hợp lệ; tệp đã được chuyển vào quarantine\//);
    expect(coreText('en', store.problems[0]!.message)).toMatch(/^the file is not valid JSON; the file was moved to quarantine\//);
    const [quarantined] = await readdir(join(dir, 'quarantine'));
    expect(await readFile(join(dir, 'quarantine', quarantined!), 'utf8')).toBe('{"title": "Hội nghị", "bo');

    const restored = await store.restoreRevision(sample.id, 1, 'bichdiep');
    expect(restored.title).toBe(sample.title);
    expect((await ArticleStore.open(dir)).list()).toHaveLength(2);
  });

  it('leaves an article written by a newer Newsdesk untouched and says so', async () => {
    const { dir, sample } = await storeWithTwoArticles();
    const newer = JSON.stringify({ ...sample, schemaVersion: 9, newField: true });
    await writeFile(join(dir, 'articles', `${sample.id}.json`), newer);
    const store = await ArticleStore.open(dir);
    expect(coreText('vi', store.problems[0]!.message)).toContain('do phiên bản Newsdesk mới hơn tạo ra');
    expect(await readFile(join(dir, 'articles', `${sample.id}.json`), 'utf8')).toBe(newer);
  });

  it('rebuilds a damaged index from the article files', async () => {
    const { dir } = await storeWithTwoArticles();
    await writeFile(join(dir, 'index.json'), 'not json');
    const store = await ArticleStore.open(dir);
    expect(store.list()).toHaveLength(2);
    expect(store.problems[0]?.file).toBe('index.json');
  });

  it('ignores a torn last line of the index log and still finds the article', async () => {
    const { dir, sample } = await storeWithTwoArticles();
    const store = await ArticleStore.open(dir);
    await store.save({ ...sample, title: 'Tiêu đề mới' });
    await writeFile(join(dir, 'index.log'), (await readFile(join(dir, 'index.log'), 'utf8')).slice(0, -20));
    const reopened = await ArticleStore.open(dir);
    expect(reopened.list().find((a) => a.id === sample.id)?.title).toBe('Tiêu đề mới');
  });

  it('folds saves within a minute into one revision and opens a new one after, or at a transition', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-28T08:00:00Z'));
    const { store, sample } = await storeWithTwoArticles();
    for (const [time, title] of [
      ['08:00:20', 'a'],
      ['08:00:50', 'b'],
      ['08:01:10', 'c'],
    ] as const) {
      vi.setSystemTime(new Date(`2026-11-28T${time}Z`));
      await store.save({ ...sample, title }, { by: 'bichdiep' });
    }
    await store.save({ ...sample, title: 'c', state: 'submitted' }, { by: 'bichdiep', reason: 'transition', note: 'gửi duyệt' });
    const revisions = await store.listRevisions(sample.id);
    expect(revisions.map((r) => [r.number, r.reason, r.at.slice(11, 19)])).toEqual([
      [1, 'edit', '08:00:50'],
      [2, 'edit', '08:01:10'],
      [3, 'transition', '08:01:10'],
    ]);
    expect((await store.revisions.get(sample.id, 1)).title).toBe('b');
  });

  it('finds articles ignoring diacritics, đ and case, title matches first', async () => {
    const { store, sample } = await storeWithTwoArticles();
    await store.save({ ...sample, id: '3c4d5e6f-1a2b-4c3d-8e9f-0a1b2c3d4e5f', title: 'Tin vắn', sapo: 'nông thôn mới ở vùng cao' });
    const ids = async (query: string) => (await store.find(query)).map((a) => a.id);
    expect((await ids('nong thon moi'))[0]).toBe(sample.id);
    expect(await ids('nong thon moi')).toHaveLength(3);
    expect(await ids('dong chi')).toContain(sample.id);
    expect(await ids('DONG CHI')).toEqual(await ids('dong chi'));
    expect(await ids('Ho Tien Thieu phat bieu')).toContain(sample.id);
    expect(await ids('bich diep')).toContain(sample.id);
    expect(await ids('xyzzy không có')).toEqual([]);
  });

  it('opens the library without the search index and loads it on the first search, caught up with saves made meanwhile', async () => {
    const { dir, store, sample } = await storeWithTwoArticles();
    expect(await store.find('nong thon moi')).toHaveLength(2);
    await store.flush();
    const cacheWritten = (await stat(join(dir, 'search', 'current'))).mtimeMs;

    // A process that never searches leaves the cache alone, even when it saves and an article goes missing.
    const lister = await ArticleStore.open(dir);
    await lister.save({
      ...sample,
      id: '3c4d5e6f-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
      title: 'Lễ hội Phượng Hoàng Trung Đô',
      updatedAt: '2021-03-02T00:00:00.000Z',
    });
    await lister.flush();
    expect((await stat(join(dir, 'search', 'current'))).mtimeMs).toBe(cacheWritten);
    await rm(join(dir, 'articles', `${OTHER_ID}.json`));

    const searcher = await ArticleStore.open(dir);
    expect((await searcher.find('phuong hoang')).map((a) => a.title)).toEqual(['Lễ hội Phượng Hoàng Trung Đô']);
    expect(await searcher.searchedCount()).toBe(2);
    expect((await searcher.find('bai thu hai')).map((a) => a.id)).toEqual([]);
  });

  it('trusts its index unvalidated only while its hash matches: an index edited by hand is validated, a broken one rebuilt', async () => {
    const { dir } = await storeWithTwoArticles();
    await (await ArticleStore.open(dir)).rebuildIndex();
    const sealed = await readFile(join(dir, 'index.json'), 'utf8');
    expect(sealed).toMatch(/^\{"format":"newsdesk-index","sha256":"[0-9a-f]{64}","articles":\{/);

    await writeFile(join(dir, 'index.json'), sealed.replace('Bài thứ hai', 'Bài thứ ba'));
    const edited = await ArticleStore.open(dir);
    expect(edited.list().map((a) => a.title)).toContain('Bài thứ ba');
    expect(edited.problems).toEqual([]);

    await writeFile(join(dir, 'index.json'), sealed.replace('"state":"draft"', '"state":"lost"'));
    const damaged = await ArticleStore.open(dir);
    expect(damaged.problems[0]?.file).toBe('index.json');
    expect(damaged.list().map((a) => a.title)).toContain('Bài thứ hai');
  });
  it('opens a library whose search cache an earlier version wrote: the old file goes, the new index is built on the first search', async () => {
    const { dir, sample } = await storeWithTwoArticles();
    await rm(join(dir, 'search'), { recursive: true, force: true });
    await writeFile(join(dir, 'search-index.json'), '{"documentCount":2,"nextId":2,"documentIds":{"0":"x"},"fieldIds":{},"index":[]}');
    const store = await ArticleStore.open(dir);
    expect(store.list()).toHaveLength(2);
    expect((await store.find('Ho Tien Thieu')).map((a) => a.id).sort()).toEqual([sample.id, OTHER_ID].sort());
    expect(await readdir(dir)).not.toContain('search-index.json');
    expect(await readdir(join(dir, 'search'))).toContain('current');
    expect((await store.find(sample.title))[0]?.id).toBe(sample.id);
  });

  it('searches a search index the previous version wrote (postings as arrays) as it is, without indexing the library again', async () => {
    const { dir, sample } = await storeWithTwoArticles();
    const found = async () => (await (await ArticleStore.open(dir)).find('tieu chi')).map((a) => a.id);
    const before = await found();
    expect([...before].sort()).toEqual([sample.id, OTHER_ID].sort());
    const generation = join(dir, 'search', (await readFile(join(dir, 'search', 'current'), 'utf8')).trim());
    for (const name of await readdir(generation)) {
      const file = join(generation, name);
      const text = await readFile(file, 'utf8');
      if (name === 'docs.json') {
        await writeFile(file, JSON.stringify({ ...(JSON.parse(text) as object), version: 1 }));
        continue;
      }
      // Version 2: a table of where each term's postings lie in the text after it; version 1: one object of them.
      const [table, postings] = [text.slice(0, text.indexOf('\n')), text.slice(text.indexOf('\n') + 1)];
      const places = JSON.parse(table) as Record<string, [number, number]>;
      await writeFile(file, JSON.stringify(mapValues(places, ([start, end]) => postings.slice(start, end).split(',').map(Number))));
    }
    const written = await readdir(join(dir, 'search'));
    expect(await found()).toEqual(before);
    expect(await readdir(join(dir, 'search'))).toEqual(written);
  });

  it("reads its hits' summaries where the search index says they lie, and still the right ones when it says wrong", async () => {
    const { dir, sample } = await storeWithTwoArticles();
    await (await ArticleStore.open(dir)).rebuildIndex();
    const titles = async () =>
      (await (await ArticleStore.open(dir, undefined, { verifyFiles: false })).find('tieu chi')).map((a) => a.title).sort();
    const expected = [sample.title, 'Bài thứ hai'].sort();
    expect(await titles()).toEqual(expected);
    const docs = join(dir, 'search', (await readFile(join(dir, 'search', 'current'), 'utf8')).trim(), 'docs.json');
    const written = JSON.parse(await readFile(docs, 'utf8')) as { places: number[] };
    expect(written.places).toHaveLength(4);
    expect(written.places.every((place) => place >= 0)).toBe(true);
    expect(await titles()).toEqual(expected);

    const swapped = [...written.places.slice(2), ...written.places.slice(0, 2)];
    for (const places of [swapped, written.places.map((place) => place + 1)]) {
      await writeFile(docs, JSON.stringify({ ...written, places }));
      expect(await titles()).toEqual(expected);
    }
  });

  it('keeps searching what was saved after the index was written, and indexes everything again when a part of it is lost', async () => {
    const { dir, sample } = await storeWithTwoArticles();
    expect(await (await ArticleStore.open(dir)).find('tieu chi')).toHaveLength(2);
    const store = await ArticleStore.open(dir);
    await store.save({
      ...sample,
      title: 'Lễ hội Phượng Hoàng Trung Đô',
      sapo: 'Khai mạc lễ hội',
      body: { root: { ...sample.body.root, children: [] } },
    });
    expect((await store.find('phuong hoang')).map((a) => a.id)).toEqual([sample.id]);
    expect((await store.find('tieu chi')).map((a) => a.id)).toEqual([OTHER_ID]);

    const generation = (await readFile(join(dir, 'search', 'current'), 'utf8')).trim();
    for (const name of await readdir(join(dir, 'search', generation))) {
      if (name.startsWith('terms-')) await rm(join(dir, 'search', generation, name));
    }
    const reopened = await ArticleStore.open(dir);
    expect((await reopened.find('phuong hoang')).map((a) => a.id)).toEqual([sample.id]);
    expect(await reopened.searchedCount()).toBe(2);
  });
  it('opened without looking at every file, still refuses a damaged article when it is read, and the next full opening finds it', async () => {
    const { dir, sample } = await storeWithTwoArticles();
    await writeFile(join(dir, 'articles', `${sample.id}.json`), '{"title": "Hội nghị", "bo');
    const trusting = await ArticleStore.open(dir, undefined, { verifyFiles: false });
    expect(trusting.problems).toEqual([]);
    await expect(trusting.get(sample.id)).rejects.toThrow(/không đọc được/);
    expect(await readdir(join(dir, 'quarantine'))).toHaveLength(1);

    await writeFile(join(dir, 'articles', `${OTHER_ID}.json`), '{}');
    const full = await ArticleStore.open(dir);
    expect(full.list()).toEqual([]);
    expect(full.problems.map((p) => p.articleId)).toEqual([OTHER_ID]);
  });
  it("opened checking only a changed folder, notices an article file replaced behind the index's back, then trusts the folder until it changes again", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { dir, sample } = await storeWithTwoArticles();
    // Some seconds on: the folder's times are settled and recorded by the first opening that looks at every file.
    vi.setSystemTime(Date.now() + 10_000);
    expect((await ArticleStore.open(dir, undefined, { verifyFiles: 'if-folder-changed' })).list()).toHaveLength(2);
    expect(await readFile(join(dir, 'index.log'), 'utf8')).toContain('{"folder":');

    // Another program saves the article its own way: a new file renamed over the old one.
    const file = join(dir, 'articles', `${sample.id}.json`);
    await writeFile(`${file}.other`, JSON.stringify({ ...sample, title: 'Sửa ở máy khác' }));
    await rename(`${file}.other`, file);
    const replaced = await ArticleStore.open(dir, undefined, { verifyFiles: 'if-folder-changed' });
    expect(replaced.summary(sample.id)?.title).toBe('Sửa ở máy khác');

    vi.setSystemTime(Date.now() + 20_000);
    await ArticleStore.open(dir, undefined, { verifyFiles: 'if-folder-changed' });
    // Rewritten in place the folder does not change: trusted until read (or until an opening that looks at every file).
    await writeFile(file, '{"title": "Hội nghị", "bo');
    const trusting = await ArticleStore.open(dir, undefined, { verifyFiles: 'if-folder-changed' });
    expect(trusting.problems).toEqual([]);
    await expect(trusting.get(sample.id)).rejects.toThrow(/không đọc được/);
    // The damaged file moved to quarantine/ changed the folder: the next opening looks again and lists what is left.
    const after = await ArticleStore.open(dir, undefined, { verifyFiles: 'if-folder-changed' });
    expect(after.list().map((a) => a.id)).toEqual([OTHER_ID]);
  });
  it('finds what another process saved or removed since the search index was written, and no longer the old words', async () => {
    const { dir, sample } = await storeWithTwoArticles();
    expect((await (await ArticleStore.open(dir)).find('tieu chi')).map((a) => a.id).sort()).toEqual([OTHER_ID, sample.id].sort());
    const docs = async () =>
      JSON.parse(await readFile(join(dir, 'search', (await readFile(join(dir, 'search', 'current'), 'utf8')).trim(), 'docs.json'), 'utf8'));
    expect((await docs()).snapshot).toMatch(/^[0-9a-f]{64}$/);

    const other = await ArticleStore.open(dir, undefined, { verifyFiles: false });
    await other.save({
      ...sample,
      title: 'Lễ hội Phượng Hoàng',
      sapo: '',
      tags: [],
      featuredPhoto: null,
      body: { root: { ...sample.body.root, children: [] } },
    });
    const third = { ...sample, id: '3c4d5e6f-1a2b-4c3d-8e9f-0a1b2c3d4e5f', title: 'Bài thứ ba về tiêu chí' };
    await other.save(third);

    const reopened = await ArticleStore.open(dir, undefined, { verifyFiles: 'if-folder-changed' });
    expect((await reopened.find('phuong hoang')).map((a) => a.title)).toEqual(['Lễ hội Phượng Hoàng']);
    expect((await reopened.find('tieu chi')).map((a) => a.id).sort()).toEqual([OTHER_ID, third.id].sort());
    expect((await reopened.find('thu ba'))[0]).toMatchObject({ id: third.id, title: 'Bài thứ ba về tiêu chí', state: sample.state });
  });
  it('lists from its list file with what was saved since, and writes that file again when it is missing or damaged', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { dir, sample } = await storeWithTwoArticles();
    const rows = async () => (await ArticleStore.open(dir, undefined, { verifyFiles: 'if-folder-changed' })).listRows();
    await rm(join(dir, 'index.list'));
    // Some seconds on: the first opening looks at every file and records the folder, the next trusts it.
    vi.setSystemTime(Date.now() + 10_000);
    await rows();
    expect((await rows()).map((a) => a.title)).toEqual(['Bài thứ hai', sample.title]);
    // Written again: the snapshot (which predates both saves) and the log that holds them.
    const written = await readFile(join(dir, 'index.list'), 'utf8');
    expect(written).toMatch(/^newsdesk-list 2 [0-9a-f]{64} [1-9]\d* [0-9a-f]{64}\n/);
    expect(
      written
        .split('\n')
        .slice(1, -1)
        .map((line) => line.split('\t')[3]),
    ).toEqual(['Bài thứ hai', sample.title]);

    const other = await ArticleStore.open(dir, undefined, { verifyFiles: false });
    await other.save({ ...sample, title: 'Tab\tand\nnew line \\ kept', updatedAt: '2030-01-01T00:00:00.000Z' });
    expect(await rows()).toEqual([
      {
        id: sample.id,
        title: 'Tab\tand\nnew line \\ kept',
        state: sample.state,
        byline: sample.byline,
        updatedAt: '2030-01-01T00:00:00.000Z',
      },
      { id: OTHER_ID, title: 'Bài thứ hai', state: 'draft', byline: sample.byline, updatedAt: '2021-03-01T00:00:00.000Z' },
    ]);
    await writeFile(join(dir, 'index.list'), (await readFile(join(dir, 'index.list'), 'utf8')).slice(0, -30));
    expect((await rows()).map((a) => a.id)).toEqual([sample.id, OTHER_ID]);
    expect((await ArticleStore.open(dir)).list().map((a) => a.title)).toEqual(['Tab\tand\nnew line \\ kept', 'Bài thứ hai']);
  });

  it('lists newest first from a list file kept in that order, and writes again one an earlier version wrote unsorted', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { dir, store, sample } = await storeWithTwoArticles();
    const third = { ...sample, id: randomUUID(), title: 'Bài thứ ba', updatedAt: '2021-02-01T00:00:00.000Z' };
    await store.save(third);
    await (await ArticleStore.open(dir)).rebuildIndex();
    vi.setSystemTime(Date.now() + 10_000);
    const rows = async () => (await ArticleStore.open(dir, undefined, { verifyFiles: 'if-folder-changed' })).listRows();
    const newestFirst = ['Bài thứ hai', sample.title, 'Bài thứ ba'];
    // The first opening looks at every file and records the folder, the next reads the list file.
    expect((await rows()).map((a) => a.title)).toEqual(newestFirst);

    const rowsOf = (file: string) => file.split('\n').slice(1, -1);
    const titlesOf = (file: string) => rowsOf(file).map((line) => line.split('\t')[3]);
    const written = await readFile(join(dir, 'index.list'), 'utf8');
    expect(titlesOf(written)).toEqual(newestFirst);
    const snapshot = /"sha256":"([0-9a-f]{64})"/.exec(await readFile(join(dir, 'index.json'), 'utf8'))![1];
    await writeFile(join(dir, 'index.list'), `newsdesk-list 1 ${snapshot}\n${rowsOf(written).reverse().join('\n')}\n`);
    expect((await rows()).map((a) => a.title)).toEqual(newestFirst);
    expect(titlesOf(await readFile(join(dir, 'index.list'), 'utf8'))).toEqual(newestFirst);

    // Saved since the list file was written: each in its place by time, a changed one no longer in its old place.
    const other = await ArticleStore.open(dir, undefined, { verifyFiles: false });
    await other.save({ ...third, title: 'Bài thứ ba, sửa', updatedAt: '2022-01-01T00:00:00.000Z' });
    await other.save({ ...third, id: randomUUID(), title: 'Bài thứ tư', updatedAt: '2021-02-15T00:00:00.000Z' });
    const now = ['Bài thứ ba, sửa', 'Bài thứ hai', sample.title, 'Bài thứ tư'];
    expect((await rows()).map((a) => a.title)).toEqual(now);
    expect((await rows()).map((a) => a.title)).toEqual(now);
    // Written again with the log's changes, so that the next listing takes it as it is.
    expect(titlesOf(await readFile(join(dir, 'index.list'), 'utf8'))).toEqual(now);
    expect((await rows()).map((a) => a.title)).toEqual(now);
    expect((await ArticleStore.open(dir)).list().map((a) => a.title)).toEqual(now);
  });
  it('opened for one article, knows which articles it holds and takes a new one before it reads every summary', async () => {
    const { dir, sample } = await storeWithTwoArticles();
    const third = { ...sample, id: '3c4d5e6f-1a2b-4c3d-8e9f-0a1b2c3d4e5f', title: 'Bài thứ ba', updatedAt: '2021-03-03T00:00:00.000Z' };
    const store = await ArticleStore.open(dir, undefined, { verifyFiles: false });
    expect(store.has(sample.id)).toBe(true);
    expect(store.has(third.id)).toBe(false);
    await store.save(third);
    expect(store.has(third.id)).toBe(true);
    expect(store.list().map((a) => a.title)).toEqual(['Bài thứ ba', 'Bài thứ hai', sample.title]);
    expect((await ArticleStore.open(dir)).list()).toHaveLength(3);
  });
  it('writes what was saved since the search index was written as a new generation once there is enough, and finds old and new after reopening', async () => {
    const { dir, sample } = await storeWithTwoArticles();
    const store = await ArticleStore.open(dir);
    expect(await store.find('tieu chi')).toHaveLength(2);
    const current = async () => (await readFile(join(dir, 'search', 'current'), 'utf8')).trim();
    const first = await current();
    const empty = { root: { ...sample.body.root, children: [] } };
    const news = Array.from({ length: 70 }, (_, i) => ({
      ...sample,
      id: randomUUID(),
      title: `Lễ hội Phượng Hoàng lần ${i}`,
      sapo: '',
      tags: [],
      featuredPhoto: null,
      body: empty,
    }));
    for (const article of news) await store.save(article);
    await store.save({ ...sample, id: OTHER_ID, title: 'Bài thứ hai', sapo: '', tags: [], featuredPhoto: null, body: empty });
    await store.flush();

    const second = await current();
    expect(second).not.toBe(first);
    expect((await readdir(join(dir, 'search'))).sort()).toEqual(['current', second].sort());
    const reopened = await ArticleStore.open(dir);
    expect(await reopened.find('phuong hoang')).toHaveLength(70);
    expect((await reopened.find('phuong hoang lan 42')).map((a) => a.title)).toEqual(['Lễ hội Phượng Hoàng lần 42']);
    expect((await reopened.find('tieu chi')).map((a) => a.id)).toEqual([sample.id]);
    expect(await reopened.searchedCount()).toBe(72);
  });
});

function mapValues<T>(object: Record<string, T>, change: (value: T) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, change(value)]));
}
