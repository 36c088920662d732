import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RECENT_ARTICLES_LIMIT, withOpened } from '../../../../core/model/recentArticles.ts';
import {
  APPROVED_SAMPLE,
  DEMO_PASSWORD,
  DRAFT_SAMPLE,
  openSampleNewsroom,
  SAMPLE_TITLE,
  sampleIdIn,
  SUBMITTED_SAMPLE,
} from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

/** The sample articles' ids in a data folder (each folder gives them its own). */
async function sampleIds(dataDir: string) {
  return {
    published: await sampleIdIn(dataDir),
    approved: await sampleIdIn(dataDir, APPROVED_SAMPLE),
    draft: await sampleIdIn(dataDir, DRAFT_SAMPLE),
    submitted: await sampleIdIn(dataDir, SUBMITTED_SAMPLE),
  };
}

async function signedIn(dataDir: string, username = 'bichdiep') {
  const desk = await openSampleNewsroom(dataDir);
  await desk.api.session.signIn({ username, password: DEMO_PASSWORD });
  return desk;
}

describe('recently opened articles', () => {
  const tempDir = useTempDirs();

  it('lists what the user opened, newest first, with the titles of the library, and survives a restart', async () => {
    const dataDir = await tempDir();
    const { api } = await signedIn(dataDir);
    const ids = await sampleIds(dataDir);
    expect(await api.recent.list()).toEqual([]);

    await api.recent.opened(ids.published);
    await api.recent.opened(ids.draft);
    const afterThree = await api.recent.opened(ids.published);
    expect(afterThree.map((a) => a.id)).toEqual([ids.published, ids.draft]);
    expect(afterThree[0]).toMatchObject({ title: SAMPLE_TITLE, state: 'published' });

    const reopened = await signedIn(dataDir);
    expect((await reopened.api.recent.list()).map((a) => a.id)).toEqual([ids.published, ids.draft]);
  });

  it('keeps both of two articles opened in quick succession, the second one first', async () => {
    const dataDir = await tempDir();
    const { api } = await signedIn(dataDir);
    const ids = await sampleIds(dataDir);
    // The desktop's menu can open an article while the last one is still being written down.
    const first = api.recent.opened(ids.published);
    const second = api.recent.opened(ids.approved);
    await Promise.all([first, second]);

    expect((await api.recent.list()).map((a) => a.id)).toEqual([ids.approved, ids.published]);
    expect((await (await signedIn(dataDir)).api.recent.list()).map((a) => a.id)).toEqual([ids.approved, ids.published]);
  });

  it('shows a changed title the next time the list is read', async () => {
    const dataDir = await tempDir();
    const { api } = await signedIn(dataDir);
    const ids = await sampleIds(dataDir);
    await api.recent.opened(ids.draft);
    const draft = await api.library.get(ids.draft);
    const { title: _title, sapo, byline, category, tags, dateline, featuredPhoto, body } = draft;
    await api.editor.save(ids.draft, { title: 'Tiêu đề mới của bản nháp', sapo, byline, category, tags, dateline, featuredPhoto, body });
    expect((await api.recent.list())[0]?.title).toBe('Tiêu đề mới của bản nháp');
  });

  it('keeps each person’s list apart in a shared data folder', async () => {
    const dataDir = await tempDir();
    const reporter = await signedIn(dataDir, 'bichdiep');
    const editor = await signedIn(dataDir, 'bientap');
    const ids = await sampleIds(dataDir);
    await reporter.api.recent.opened(ids.draft);
    await editor.api.recent.opened(ids.submitted);

    expect((await (await signedIn(dataDir, 'bichdiep')).api.recent.list()).map((a) => a.id)).toEqual([ids.draft]);
    expect((await (await signedIn(dataDir, 'bientap')).api.recent.list()).map((a) => a.id)).toEqual([ids.submitted]);
  });

  it('leaves out an article that is no longer in the library, and forgets it on the next open', async () => {
    const dataDir = await tempDir();
    const { api } = await signedIn(dataDir);
    const ids = await sampleIds(dataDir);
    await api.recent.opened(ids.draft);
    await api.recent.opened(ids.approved);
    await rm(join(dataDir, 'articles', `${ids.draft}.json`));

    const later = await signedIn(dataDir);
    expect((await later.api.recent.list()).map((a) => a.id)).toEqual([ids.approved]);
    await later.api.recent.opened(ids.submitted);
    const saved = await readFile(join(dataDir, 'recent-articles.json'), 'utf8');
    expect(saved).not.toContain(ids.draft);
    expect(saved).toContain(ids.approved);
  });

  it('starts a new list when the file is damaged, instead of stopping the app', async () => {
    const dataDir = await tempDir();
    const first = await signedIn(dataDir);
    const ids = await sampleIds(dataDir);
    await first.api.recent.opened(ids.draft);
    await writeFile(join(dataDir, 'recent-articles.json'), '{"byUser": {"bichdiep": [{"id": "không phải mã"');

    const { api } = await signedIn(dataDir);
    expect(await api.recent.list()).toEqual([]);
    expect((await api.recent.opened(ids.submitted)).map((a) => a.id)).toEqual([ids.submitted]);
  });

  it('drops a damaged entry and keeps the good ones', async () => {
    const dataDir = await tempDir();
    await signedIn(dataDir);
    const ids = await sampleIds(dataDir);
    const good = { id: ids.draft, openedAt: '2025-03-01T08:00:00.000Z' };
    await writeFile(
      join(dataDir, 'recent-articles.json'),
      JSON.stringify({ byUser: { bichdiep: [{ id: '../../etc', openedAt: 'x' }, good] } }),
    );
    const { api } = await signedIn(dataDir);
    expect(await api.recent.list()).toEqual([expect.objectContaining(good)]);
  });

  it('needs a signed-in user and an article that exists', async () => {
    const desk = await openSampleNewsroom(await tempDir());
    await expect(desk.api.recent.list()).rejects.toThrow('hãy đăng nhập trước');
    await desk.api.session.signIn({ username: 'bichdiep', password: DEMO_PASSWORD });
    await expect(desk.api.recent.opened('11111111-2222-4333-8444-555555555555')).rejects.toMatchObject({ code: 'not-found' });
    expect(await desk.api.recent.list()).toEqual([]);
  });
});

describe('reading the recent list', () => {
  const tempDir = useTempDirs();
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does not keep an unattended desk signed in', async () => {
    // The session reads the clock it was made with: fake it before the newsroom opens.
    vi.useFakeTimers({ toFake: ['Date'] });
    const { api } = await signedIn(await tempDir());
    vi.setSystemTime(Date.now() + 20 * 60_000);
    await api.recent.list();
    vi.setSystemTime(Date.now() + 15 * 60_000);
    // 35 minutes after the last real call: past the sample newsroom's 30-minute idle limit.
    await expect(api.recent.list()).rejects.toThrow('hãy đăng nhập trước');
    expect(await api.session.current()).toBeNull();
  });
});

describe('withOpened', () => {
  const at = (minute: number) => `2025-03-01T08:${String(minute).padStart(2, '0')}:00.000Z`;
  const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

  it(`keeps the ${RECENT_ARTICLES_LIMIT} newest, each article once`, () => {
    let entries = withOpened([], id(1), at(1));
    for (let n = 2; n <= 14; n++) entries = withOpened(entries, id(n), at(n));
    entries = withOpened(entries, id(10), at(20));
    expect(entries).toHaveLength(RECENT_ARTICLES_LIMIT);
    expect(entries.map((e) => e.id)).toEqual([10, 14, 13, 12, 11, 9, 8, 7, 6, 5].map(id));
    expect(entries[0]?.openedAt).toBe(at(20));
  });
});
