import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreText, type CoreMessage } from '../../../../core/i18n/coreMessages.ts';
import type { Article, ArticleContent } from '../../../../core/model/article.ts';
import { contentOf, holdsUnsavedWork } from '../../../../core/model/recovery.ts';
import { RecoveryStore } from '../../../../core/store/RecoveryStore.ts';
import { folderSnapshot } from '../../../helpers/folderSnapshot.ts';
import { openSampleNewsroom, sampleNewsroomForTests, sampleId, DRAFT_SAMPLE } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

/** bichdiep's draft in the sample newsroom. */
const NEVER_SAVED_ID = '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a';

/** The draft with one more paragraph, as the writer would have it a moment before a save. */
function withParagraph(article: Article, text: string): ArticleContent {
  const paragraph = {
    type: 'paragraph',
    version: 1,
    format: '',
    indent: 0,
    direction: null,
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  };
  return { ...contentOf(article), body: { root: { ...article.body.root, children: [...article.body.root.children, paragraph] } } };
}

describe('RecoveryStore (a real data folder)', () => {
  const tempDir = useTempDirs();

  it('writes, reads and clears one copy per user and article, durably and without touching the library', async () => {
    const dataDir = await tempDir();
    const notices: string[] = [];
    const desk = await openSampleNewsroom(dataDir, notices);
    const draftId = await sampleId(desk, DRAFT_SAMPLE);
    const draft = await desk.articles.get(draftId);
    const library = await folderSnapshot(join(dataDir, 'articles'));
    const store = new RecoveryStore(
      join(dataDir, 'recovery'),
      (m) => notices.push(coreText('vi', m)),
      () => Date.parse('2026-11-28T08:00:00Z'),
    );

    const mine = withParagraph(draft, 'Câu vừa gõ của phóng viên.');
    const theirs = withParagraph(draft, 'Câu vừa gõ của biên tập viên.');
    await expect(store.write('bichdiep', draftId, draft.updatedAt, mine)).resolves.toEqual({
      articleId: draftId,
      writtenAt: '2026-11-28T08:00:00.000Z',
      baseUpdatedAt: draft.updatedAt,
      content: mine,
    });
    await store.write('bientap', draftId, draft.updatedAt, theirs);

    expect((await store.read('bichdiep', draftId))?.content).toEqual(mine);
    expect((await store.read('bientap', draftId))?.content).toEqual(theirs);
    expect((await store.list('bichdiep')).map((c) => c.content)).toEqual([mine]);
    expect(await store.read('truyenthong', draftId)).toBeNull();
    expect(await store.list('truyenthong')).toEqual([]);
    expect(await readdir(join(dataDir, 'recovery', 'bichdiep'))).toEqual([`${draftId}.json`]);

    await store.remove('bichdiep', draftId);
    expect(await store.read('bichdiep', draftId)).toBeNull();
    expect((await store.read('bientap', draftId))?.content).toEqual(theirs);
    await store.remove('bichdiep', draftId); // removing what is gone is no error

    expect(await folderSnapshot(join(dataDir, 'articles'))).toEqual(library);
    expect(await desk.articles.get(draftId)).toEqual(draft);
    expect(notices).toEqual([]);
    await expect(store.write('../bichdiep', draftId, null, mine)).rejects.toThrow();
    await desk.close();
  });

  it('offers a copy only while it holds work that no later save has stored', async () => {
    const dataDir = await tempDir();
    const desk = await openSampleNewsroom(dataDir);
    const draftId = await sampleId(desk, DRAFT_SAMPLE);
    const draft = await desk.articles.get(draftId);
    const typed = withParagraph(draft, 'Đoạn chưa kịp lưu.');
    const copy = { articleId: draftId, writtenAt: '2026-11-28T08:00:00.000Z', baseUpdatedAt: draft.updatedAt, content: typed };

    expect(holdsUnsavedWork(copy, draft)).toBe(true);
    expect(holdsUnsavedWork({ ...copy, content: contentOf(draft) }, draft)).toBe(false); // the same text: nothing to recover
    expect(holdsUnsavedWork(copy, { ...draft, updatedAt: '2026-11-28T08:00:05.000Z' })).toBe(false); // saved (by anyone) since
    expect(holdsUnsavedWork(copy, { ...draft, updatedAt: '2021-01-01T00:00:00.000Z' })).toBe(false); // an older version back from a backup
    expect(holdsUnsavedWork({ ...copy, baseUpdatedAt: null }, null)).toBe(true); // a new article, never saved
    expect(holdsUnsavedWork({ ...copy, baseUpdatedAt: null }, draft)).toBe(false);

    const store = new RecoveryStore(join(dataDir, 'recovery'), () => undefined);
    const stored = async (id: string) => (desk.articles.has(id) ? desk.articles.get(id) : null);
    await store.write('bichdiep', draftId, draft.updatedAt, typed);
    await store.write('bichdiep', NEVER_SAVED_ID, null, { ...typed, title: 'Bài mới chưa lưu' });
    expect((await store.recoverable('bichdiep', stored)).map((c) => c.articleId).sort()).toEqual([draftId, NEVER_SAVED_ID].sort());

    // Someone saves the draft after the copy was written: the copy is older than the stored article.
    await desk.articles.save({ ...draft, sapo: 'Sapo sửa ở máy khác', updatedAt: new Date().toISOString() }, { by: 'bientap' });
    expect((await store.recoverable('bichdiep', stored)).map((c) => c.articleId)).toEqual([NEVER_SAVED_ID]);
    expect(await store.read('bichdiep', draftId)).not.toBeNull(); // not offered, but never deleted behind the writer's back

    // An article the lookup refuses (unreadable, no longer the user's to edit) is not offered either.
    const refusing = async (id: string) => {
      if (id === NEVER_SAVED_ID) throw new Error('không sửa được');
      return stored(id);
    };
    expect(await store.recoverable('bichdiep', refusing)).toEqual([]);
    await desk.close();
  });

  it('ignores a copy that does not read, says so once, and leaves it and the saved article alone', async () => {
    const dataDir = await tempDir();
    const desk = await openSampleNewsroom(dataDir);
    const draftId = await sampleId(desk, DRAFT_SAMPLE);
    const draft = await desk.articles.get(draftId);
    const said: CoreMessage[] = [];
    const store = new RecoveryStore(join(dataDir, 'recovery'), (m) => said.push(m));
    const notices = { vi: () => said.map((m) => coreText('vi', m)), en: () => said.map((m) => coreText('en', m)) };
    await store.write('bichdiep', NEVER_SAVED_ID, null, withParagraph(draft, 'Bản còn tốt.'));
    const folder = join(dataDir, 'recovery', 'bichdiep');
    await mkdir(folder, { recursive: true });
    const damaged = join(folder, `${draftId}.json`);
    await writeFile(damaged, '{"format":"newsdesk-recovery","version":1,"content":{"title":"Đoạn bị cắ');
    const library = await folderSnapshot(join(dataDir, 'articles'));

    expect(await store.read('bichdiep', draftId)).toBeNull();
    expect((await store.list('bichdiep')).map((c) => c.articleId)).toEqual([NEVER_SAVED_ID]);
    expect(
      (await store.recoverable('bichdiep', async (id) => (desk.articles.has(id) ? desk.articles.get(id) : null))).map((c) => c.articleId),
    ).toEqual([NEVER_SAVED_ID]);
    expect(said).toHaveLength(1);
    expect(notices.vi()[0]).toContain(damaged);
    expect(notices.vi()[0]).toMatch(
      /bản khôi phục nội dung chưa lưu không đọc được, đã bỏ qua \(không phải JSON .*\); bài viết đã lưu không bị ảnh hưởng/,
    );
    expect(notices.en()[0]).toMatch(
      /^.+: a recovery copy of unsaved work could not be read and was skipped \(not JSON .*\); the saved article is not affected$/,
    );

    expect(await store.list('bichdiep')).toHaveLength(1); // asked again: no second note

    // Well-formed JSON of the wrong shape is refused the same way, naming what is wrong.
    const misshapen = join(folder, `${NEVER_SAVED_ID}.json`);
    await writeFile(
      misshapen,
      JSON.stringify({
        format: 'newsdesk-recovery',
        version: 1,
        articleId: NEVER_SAVED_ID,
        username: 'bichdiep',
        writtenAt: 'hôm qua',
        baseUpdatedAt: null,
        content: {},
      }),
    );
    expect(await store.list('bichdiep')).toEqual([]);
    expect(said).toHaveLength(2);
    expect(notices.vi()[1]).toContain('không đúng định dạng (writtenAt:');
    expect(notices.en()[1]).toContain('not in the expected format (writtenAt:');

    expect(await readFile(damaged, 'utf8')).toContain('Đoạn bị cắ');
    expect(await readFile(misshapen, 'utf8')).toContain('hôm qua');
    expect(await folderSnapshot(join(dataDir, 'articles'))).toEqual(library);
    expect(await desk.articles.get(draftId)).toEqual(draft);
    await desk.close();
  });
});

describe('editor service: recovery copies', () => {
  const newsroom = sampleNewsroomForTests();
  const { signInAs } = newsroom;

  it('keeps what was typed, offers it back, and drops it once a save stores the text', async () => {
    await signInAs('bichdiep');
    const draft = await newsroom.desk.articles.get(newsroom.sampleId(DRAFT_SAMPLE));
    const library = await folderSnapshot(join(newsroom.desk.dataDir, 'articles'));
    const typed = withParagraph(draft, 'Người dân có thể nộp hồ sơ cả ngày nghỉ.');

    await newsroom.desk.api.editor.keepDraft(newsroom.sampleId(DRAFT_SAMPLE), typed);
    expect(await folderSnapshot(join(newsroom.desk.dataDir, 'articles'))).toEqual(library);
    const [offered, ...others] = await newsroom.desk.api.editor.recovered();
    expect(others).toEqual([]);
    expect(offered).toMatchObject({ articleId: newsroom.sampleId(DRAFT_SAMPLE), baseUpdatedAt: draft.updatedAt, content: typed });

    // Another writer sees nothing of it; a communications officer, who writes nothing, gets an empty list.
    await signInAs('bientap');
    expect(await newsroom.desk.api.editor.recovered()).toEqual([]);
    await signInAs('truyenthong');
    expect(await newsroom.desk.api.editor.recovered()).toEqual([]);
    await expect(newsroom.desk.api.editor.keepDraft(newsroom.sampleId(DRAFT_SAMPLE), typed)).rejects.toMatchObject({ code: 'forbidden' });

    await signInAs('bichdiep');
    await newsroom.desk.api.editor.save(newsroom.sampleId(DRAFT_SAMPLE), typed);
    expect(await newsroom.desk.api.editor.recovered()).toEqual([]);
    expect(await readdir(join(newsroom.desk.dataDir, 'recovery', 'bichdiep'))).toEqual([]);

    // A copy that arrives after the save with the text the save stored is no copy at all.
    await newsroom.desk.api.editor.keepDraft(newsroom.sampleId(DRAFT_SAMPLE), typed);
    expect(await readdir(join(newsroom.desk.dataDir, 'recovery', 'bichdiep'))).toEqual([]);
  });

  it('keeps the typing of a new article that was never saved, and refuses copies of articles that are not the writer’s', async () => {
    await signInAs('bichdiep');
    const fresh = await newsroom.desk.api.editor.newArticle();
    await newsroom.desk.api.editor.keepDraft(fresh.id, { ...contentOf(fresh), title: 'Tin nhanh chưa lưu' });
    expect(await newsroom.desk.api.editor.recovered()).toEqual([expect.objectContaining({ articleId: fresh.id, baseUpdatedAt: null })]);
    expect(newsroom.desk.articles.has(fresh.id)).toBe(false);

    const published = newsroom.sampleId();
    await expect(newsroom.desk.api.editor.keepDraft(published, contentOf(await newsroom.desk.articles.get(published)))).rejects.toThrow(
      /không giữ được nội dung chưa lưu/,
    );
    await newsroom.desk.api.editor.save(fresh.id, { ...contentOf(fresh), title: 'Tin nhanh chưa lưu' });
    expect(await newsroom.desk.api.editor.recovered()).toEqual([]);
  });
});
