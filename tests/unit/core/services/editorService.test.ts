import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, ArticleContent } from '../../../../core/model/article.ts';
import type { ContentChanges } from '../../../../core/model/contentChanges.ts';
import { INPUT_LIMITS } from '../../../../core/model/inputLimits.ts';
import { plainParagraph } from '../../../helpers/editorDocument.ts';
import { DRAFT_SAMPLE, SEEDS_DIR, SUBMITTED_SAMPLE, sampleNewsroomForTests } from '../../../helpers/sampleNewsroom.ts';

function contentOf(article: Article): ArticleContent {
  const { title, sapo, byline, category, tags, dateline, featuredPhoto, body } = article;
  return { title, sapo, byline, category, tags, dateline, featuredPhoto, body };
}

describe('editor service', () => {
  const newsroom = sampleNewsroomForTests();
  const { signInAs } = newsroom;

  it('gives a reporter a new draft of their own and stores it on its first save', async () => {
    await signInAs('bichdiep');
    const draft = await newsroom.desk.api.editor.newArticle();
    expect(draft).toMatchObject({ state: 'draft', author: 'bichdiep', byline: 'Bích Diệp', title: '' });
    expect(newsroom.desk.articles.has(draft.id)).toBe(false);

    const saved = await newsroom.desk.api.editor.save(draft.id, { ...contentOf(draft), title: 'Bài mới' });
    expect(saved).toMatchObject({ id: draft.id, title: 'Bài mới', state: 'draft', author: 'bichdiep' });
    expect((await newsroom.desk.articles.get(draft.id)).title).toBe('Bài mới');
  });

  it('lets a reporter save their own draft, bumping updatedAt and keeping id, author, state and creation date', async () => {
    await signInAs('bichdiep');
    const before = await newsroom.desk.articles.get(newsroom.sampleId(DRAFT_SAMPLE));
    const saved = await newsroom.desk.api.editor.save(newsroom.sampleId(DRAFT_SAMPLE), { ...contentOf(before), title: 'Tiêu đề đã sửa' });
    expect(saved).toMatchObject({
      id: newsroom.sampleId(DRAFT_SAMPLE),
      author: before.author,
      state: 'draft',
      createdAt: before.createdAt,
      title: 'Tiêu đề đã sửa',
    });
    expect(saved.updatedAt > before.updatedAt).toBe(true);
  });

  it('stores every text of the article composed (NFC)', async () => {
    await signInAs('bichdiep');
    const before = await newsroom.desk.articles.get(newsroom.sampleId(DRAFT_SAMPLE));
    const nfd = (text: string) => text.normalize('NFD');
    const body = JSON.parse(JSON.stringify(before.body).normalize('NFD')) as Article['body'];
    const saved = await newsroom.desk.api.editor.save(newsroom.sampleId(DRAFT_SAMPLE), {
      ...contentOf(before),
      title: nfd('Nghệ An'),
      tags: [nfd('thủy lợi')],
      dateline: { place: nfd('Vinh'), date: before.dateline.date },
      body,
    });
    const stored = JSON.stringify(await newsroom.desk.articles.get(newsroom.sampleId(DRAFT_SAMPLE)));
    expect(saved.title).toBe('Nghệ An'.normalize('NFC'));
    expect(stored).toBe(stored.normalize('NFC'));
  });

  it('refuses a reporter saving an article that is not theirs to change, and changes nothing', async () => {
    await signInAs('bichdiep');
    for (const id of [newsroom.sampleId(), newsroom.sampleId(SUBMITTED_SAMPLE)]) {
      const before = await newsroom.desk.articles.get(id);
      await expect(newsroom.desk.api.editor.save(id, { ...contentOf(before), title: 'Sửa lén' })).rejects.toThrow(
        /không lưu được: bài viết đang ở trạng thái "(đã xuất bản|chờ duyệt)"/,
      );
      expect(await newsroom.desk.articles.get(id)).toEqual(before);
    }
  });

  it('lets an editor save a submitted article, refuses a communications officer, and keeps published articles closed to all', async () => {
    const submitted = await newsroom.desk.articles.get(newsroom.sampleId(SUBMITTED_SAMPLE));
    await signInAs('bientap');
    await expect(
      newsroom.desk.api.editor.save(newsroom.sampleId(SUBMITTED_SAMPLE), { ...contentOf(submitted), sapo: 'Sapo đã biên tập' }),
    ).resolves.toMatchObject({ author: 'bichdiep', state: 'submitted' });
    const published = await newsroom.desk.articles.get(newsroom.sampleId());
    await expect(newsroom.desk.api.editor.save(newsroom.sampleId(), contentOf(published))).rejects.toMatchObject({ code: 'forbidden' });

    await signInAs('truyenthong');
    await expect(newsroom.desk.api.editor.newArticle()).rejects.toMatchObject({ code: 'forbidden' });
    await expect(newsroom.desk.api.editor.save(newsroom.sampleId(SUBMITTED_SAMPLE), contentOf(submitted))).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('refuses a reporter overwriting another reporter’s draft, and anyone not signed in', async () => {
    await signInAs('bientap');
    const theirs = await newsroom.desk.api.editor.newArticle();
    await newsroom.desk.api.editor.save(theirs.id, { ...contentOf(theirs), title: 'Bài của biên tập viên' });
    await signInAs('bichdiep');
    await expect(newsroom.desk.api.editor.save(theirs.id, contentOf(theirs))).rejects.toThrow(
      'phóng viên chỉ sửa được bài viết của chính mình',
    );
    await newsroom.desk.api.session.signOut();
    await expect(newsroom.desk.api.editor.save(theirs.id, contentOf(theirs))).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('refuses a body or featured photo that is not in the library', async () => {
    await signInAs('bichdiep');
    const draft = await newsroom.desk.articles.get(newsroom.sampleId(DRAFT_SAMPLE));
    const missing = `${'f'.repeat(64)}.jpg`;
    const body = {
      root: {
        ...draft.body.root,
        children: [...draft.body.root.children, { type: 'image', version: 2, src: missing, altText: '', caption: '', credit: '' }],
      },
    };
    await expect(newsroom.desk.api.editor.save(newsroom.sampleId(DRAFT_SAMPLE), { ...contentOf(draft), body })).rejects.toThrow(
      `ảnh "${missing}" không có trong thư viện`,
    );
  });

  it('stores an uploaded photo and tells its name and size; refuses a file that is not a photo', async () => {
    await signInAs('bichdiep');
    const bytes = await readFile(join(SEEDS_DIR, 'assets', '158457614eff0a3e2ad12e3805cb95a733cfa65174dacc36a3ea173fca199883.jpg'));
    await expect(newsroom.desk.api.editor.storePhoto({ fileName: 'hoi-nghi.jpg', data: bytes.toString('base64') })).resolves.toEqual({
      asset: '158457614eff0a3e2ad12e3805cb95a733cfa65174dacc36a3ea173fca199883.jpg',
      width: 1200,
      height: 800,
    });
    await expect(
      newsroom.desk.api.editor.storePhoto({ fileName: 'bien-ban.pdf', data: Buffer.from('%PDF-1.7').toString('base64') }),
    ).rejects.toThrow('"bien-ban.pdf" không phải là ảnh JPEG, PNG, WebP hay GIF');
  });
});

/** `article`'s content as changes against `stored`: a block that is the very object of the stored body goes as its position. */
function changesOf(article: ArticleContent, stored: Article): ContentChanges {
  const { body, ...fields } = contentOf({ ...stored, ...article });
  const positions = new Map(stored.body.root.children.map((block, index) => [block, index]));
  const children = body.root.children.map((block) => positions.get(block) ?? block);
  return { ...fields, baseUpdatedAt: stored.updatedAt, body: { root: { ...body.root, children } } };
}

describe('editor service: saves written as changes', () => {
  const newsroom = sampleNewsroomForTests();
  const { signInAs } = newsroom;

  it('stores the paragraphs sent in the places given, the others as they were, exactly as a whole save would', async () => {
    await signInAs('bichdiep');
    const id = newsroom.sampleId(DRAFT_SAMPLE);
    const before = await newsroom.desk.articles.get(id);
    const [first, ...rest] = before.body.root.children;
    const typed: ArticleContent = {
      ...contentOf(before),
      title: 'Tiêu đề mới',
      body: { root: { ...before.body.root, children: [...rest, plainParagraph('Đoạn mới'.normalize('NFD')), first!] } },
    };
    const changes = changesOf(typed, before);
    // Only the new paragraph travels; the others are named by their place in the stored body.
    expect(changes.body.root.children.filter((block) => typeof block !== 'number')).toEqual([plainParagraph('Đoạn mới'.normalize('NFD'))]);

    const saved = await newsroom.desk.api.editor.saveChanges(id, changes);
    const stored = await newsroom.desk.articles.get(id);
    expect(saved).toEqual({ updatedAt: stored.updatedAt });
    expect(stored.updatedAt > before.updatedAt).toBe(true);
    expect(contentOf(stored)).toEqual({
      ...typed,
      body: { root: { ...typed.body.root, children: [...rest, plainParagraph('Đoạn mới'.normalize('NFC')), first!] } },
    });
    expect(await newsroom.desk.articles.listRevisions(id)).not.toEqual([]);
  });

  it('stores nothing from changes written against a version that is no longer the stored one, and says so', async () => {
    await signInAs('bichdiep');
    const id = newsroom.sampleId(DRAFT_SAMPLE);
    const before = await newsroom.desk.articles.get(id);
    await newsroom.desk.api.editor.save(id, { ...contentOf(before), sapo: 'Lưu từ nơi khác' });
    const stored = await newsroom.desk.articles.get(id);

    const late = changesOf({ ...contentOf(before), title: 'Viết trên bản cũ' }, before);
    await expect(newsroom.desk.api.editor.saveChanges(id, late)).resolves.toBeNull();
    await expect(newsroom.desk.api.editor.keepDraftChanges(id, late)).resolves.toBe(false);
    expect(await newsroom.desk.articles.get(id)).toEqual(stored);
    expect(await newsroom.desk.api.editor.recovered()).toEqual([]);

    // An article never stored has no version to write changes against.
    const fresh = await newsroom.desk.api.editor.newArticle();
    await expect(newsroom.desk.api.editor.saveChanges(fresh.id, changesOf(contentOf(fresh), fresh))).resolves.toBeNull();
    await expect(newsroom.desk.api.editor.keepDraftChanges(fresh.id, changesOf(contentOf(fresh), fresh))).resolves.toBe(false);
    expect(newsroom.desk.articles.has(fresh.id)).toBe(false);
    expect(await newsroom.desk.api.editor.recovered()).toEqual([]);
  });

  it('refuses a position the stored body does not have, or one named twice', async () => {
    await signInAs('bichdiep');
    const id = newsroom.sampleId(DRAFT_SAMPLE);
    const before = await newsroom.desk.articles.get(id);
    const count = before.body.root.children.length;
    for (const children of [[count], [0, 0]]) {
      const changes = { ...changesOf(contentOf(before), before), body: { root: { ...before.body.root, children } } };
      await expect(newsroom.desk.api.editor.saveChanges(id, changes)).rejects.toThrow(
        /^không lưu được: các thay đổi nhắc tới đoạn ở vị trí/,
      );
      await expect(newsroom.desk.api.editor.keepDraftChanges(id, changes)).rejects.toThrow(
        /^không giữ được nội dung chưa lưu: các thay đổi/,
      );
    }
    expect(await newsroom.desk.articles.get(id)).toEqual(before);
  });

  it('holds changes to the rules of a whole save: who may write, the length of the text', async () => {
    const id = newsroom.sampleId(SUBMITTED_SAMPLE);
    const submitted = await newsroom.desk.articles.get(id);
    await signInAs('bichdiep');
    await expect(
      newsroom.desk.api.editor.saveChanges(id, changesOf({ ...contentOf(submitted), title: 'Sửa lén' }, submitted)),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await signInAs('truyenthong');
    await expect(newsroom.desk.api.editor.keepDraftChanges(id, changesOf(contentOf(submitted), submitted))).rejects.toMatchObject({
      code: 'forbidden',
    });

    await signInAs('bientap');
    const tooLong = plainParagraph('chữ '.repeat(INPUT_LIMITS.bodyCharacters / 4 + 1));
    const long = changesOf({ ...contentOf(submitted), body: { root: { ...submitted.body.root, children: [tooLong] } } }, submitted);
    await expect(newsroom.desk.api.editor.saveChanges(id, long)).rejects.toThrow(/^không lưu được: nội dung bài quá dài/);
    expect(await newsroom.desk.articles.get(id)).toEqual(submitted);
  });

  it('keeps a recovery copy written as changes, offered back whole', async () => {
    await signInAs('bichdiep');
    const id = newsroom.sampleId(DRAFT_SAMPLE);
    const before = await newsroom.desk.articles.get(id);
    const typed: ArticleContent = {
      ...contentOf(before),
      body: { root: { ...before.body.root, children: [...before.body.root.children, plainParagraph('Chưa kịp lưu')] } },
    };
    await expect(newsroom.desk.api.editor.keepDraftChanges(id, changesOf(typed, before))).resolves.toBe(true);
    expect(await newsroom.desk.api.editor.recovered()).toEqual([
      expect.objectContaining({ articleId: id, baseUpdatedAt: before.updatedAt, content: typed }),
    ]);
  });
});
