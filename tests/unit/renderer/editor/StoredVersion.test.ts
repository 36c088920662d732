// @vitest-environment jsdom
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { NewsdeskApi } from '../../../../core/api.ts';
import { NewsdeskError } from '../../../../core/errors.ts';
import { msg } from '../../../../core/i18n/coreMessages.ts';
import type { Article, ArticleContent } from '../../../../core/model/article.ts';
import type { SerializedNode } from '../../../../core/model/document.ts';
import { applyContentChanges, type ContentChanges } from '../../../../core/model/contentChanges.ts';
import { newDraft } from '../../../../core/model/newArticle.ts';
import { BODY_NODES } from '../../../../renderer/editor/BodyEditor.tsx';
import { BodySnapshot } from '../../../../renderer/editor/bodySnapshot.ts';
import { keepContent, saveContent, StoredVersion } from '../../../../renderer/editor/plugins/autosave/StoredVersion.ts';

const ID = '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';

function longArticle(): LexicalEditor {
  const editor = createEditor({
    nodes: BODY_NODES,
    onError: (error) => {
      throw error;
    },
  });
  editor.update(
    () => {
      for (let i = 0; i < 50; i++) $getRoot().append($createParagraphNode().append($createTextNode(`Đoạn thứ ${i} của bài viết.`)));
    },
    { discrete: true },
  );
  return editor;
}

/** Types `letters` at the end of the paragraph at `index`. */
function type(editor: LexicalEditor, index: number, letters: string): void {
  editor.update(
    () => {
      const block = $getRoot().getChildAtIndex(index);
      const text = $isElementNode(block) ? block.getFirstDescendant() : null;
      if ($isTextNode(text)) text.setTextContent(text.getTextContent() + letters);
    },
    { discrete: true },
  );
}

/** A core that stores what it is sent, with the stored version's rule, recording each call. */
function fakeCore(opened: Article | null = null) {
  let stored: Article | null = opened;
  let clock = Date.parse('2026-03-01T08:00:00.000Z');
  const calls: Array<{ method: string; sent: ArticleContent | ContentChanges }> = [];
  const store = (content: ArticleContent) => {
    clock += 1000;
    stored = { ...(stored ?? newDraft(ID, { username: 'bichdiep', displayName: 'Bích Diệp' }, new Date(clock))), ...content };
    stored.updatedAt = new Date(clock).toISOString();
    return stored;
  };
  const applied = (changes: ContentChanges) => {
    const result = stored ? applyContentChanges(stored, changes) : ({ outdated: true } as const);
    if ('refusal' in result) throw NewsdeskError.of(result.refusal);
    return 'content' in result ? result.content : null;
  };
  const editor = {
    save: async (_id: string, content: ArticleContent) => {
      calls.push({ method: 'save', sent: content });
      return store(content);
    },
    saveChanges: async (_id: string, changes: ContentChanges) => {
      calls.push({ method: 'saveChanges', sent: changes });
      const content = applied(changes);
      return content ? { updatedAt: store(content).updatedAt } : null;
    },
    keepDraft: async (_id: string, content: ArticleContent) => {
      calls.push({ method: 'keepDraft', sent: content });
    },
    keepDraftChanges: async (_id: string, changes: ContentChanges) => {
      calls.push({ method: 'keepDraftChanges', sent: changes });
      return applied(changes) !== null;
    },
  } as unknown as NewsdeskApi['editor'];
  return {
    editor,
    calls,
    stored: () => stored,
    /** Another app stores the article (a workflow step, a save from elsewhere). */
    storeElsewhere: (title: string) => store({ ...stored!, title }),
  };
}

const written = (changes: ArticleContent | ContentChanges | undefined) =>
  (changes?.body.root.children ?? []).filter((block) => typeof block !== 'number');

describe('saves and recovery copies as changes against the stored version', () => {
  const fields = { ...newDraft(ID, { username: 'bichdiep', displayName: 'Bích Diệp' }, new Date()), title: 'Bài dài' };
  const contentOf = (editor: LexicalEditor, snapshot: BodySnapshot): ArticleContent => {
    const { title, sapo, byline, category, tags, dateline, featuredPhoto } = fields;
    return { title, sapo, byline, category, tags, dateline, featuredPhoto, body: snapshot.of(editor.getEditorState()) };
  };

  it('sends the first save whole, then only the paragraphs typed in, and the core stores the same text', async () => {
    const core = fakeCore();
    const editor = longArticle();
    const snapshot = new BodySnapshot();
    const version = new StoredVersion();

    await saveContent(core.editor, ID, contentOf(editor, snapshot), version);
    type(editor, 30, ' Thêm');
    type(editor, 31, ' chữ');
    const typed = contentOf(editor, snapshot);
    await saveContent(core.editor, ID, typed, version);
    const savedState = editor.getEditorState().toJSON();
    type(editor, 31, ' nữa');
    await keepContent(core.editor, ID, contentOf(editor, snapshot), version);

    expect(core.calls.map((call) => call.method)).toEqual(['save', 'saveChanges', 'keepDraftChanges']);
    expect(written(core.calls[0]?.sent)).toHaveLength(50);
    expect(written(core.calls[1]?.sent).map((block) => JSON.stringify(block))).toEqual([
      expect.stringContaining('Đoạn thứ 30 của bài viết. Thêm'),
      expect.stringContaining('Đoạn thứ 31 của bài viết. chữ'),
    ]);
    // The copy is written against the version the second save stored.
    expect(written(core.calls[2]?.sent).map((block) => JSON.stringify(block))).toEqual([
      expect.stringContaining('Đoạn thứ 31 của bài viết. chữ nữa'),
    ]);
    expect(core.stored()?.body).toEqual(typed.body);
    expect(core.stored()?.body).toEqual(savedState);
  });

  it('writes even the first save against the article as opened, each paragraph shown as stored counting as stored', async () => {
    const editor = longArticle();
    const body = editor.getEditorState().toJSON();
    // A paragraph stored by an older editor, without the fields Lexical writes now: the editor's JSON of it differs.
    const { textFormat: _format, textStyle: _style, ...older } = body.root.children[7] as SerializedNode;
    const stored: Article = {
      ...newDraft(ID, { username: 'bichdiep', displayName: 'Bích Diệp' }, new Date('2026-03-01T07:00:00.000Z')),
      ...fields,
      body: JSON.parse(JSON.stringify({ root: { ...body.root, children: body.root.children.with(7, older) } })),
    };
    const core = fakeCore(stored);
    const snapshot = new BodySnapshot();
    const version = new StoredVersion();
    version.opened(stored.updatedAt, stored.body, contentOf(editor, snapshot).body);

    type(editor, 20, ' Gõ thêm');
    await saveContent(core.editor, ID, contentOf(editor, snapshot), version);
    expect(core.calls.map((call) => call.method)).toEqual(['saveChanges']);
    expect(written(core.calls[0]?.sent).map((block) => JSON.stringify(block))).toEqual([
      expect.stringContaining('Đoạn thứ 7 của bài viết.'),
      expect.stringContaining('Đoạn thứ 20 của bài viết. Gõ thêm'),
    ]);
    expect(core.stored()?.body).toEqual(editor.getEditorState().toJSON());

    // Once saved, the article as opened no longer counts.
    version.opened(stored.updatedAt, stored.body, contentOf(editor, snapshot).body);
    type(editor, 21, ' Tiếp');
    await saveContent(core.editor, ID, contentOf(editor, snapshot), version);
    expect(core.calls.map((call) => call.method)).toEqual(['saveChanges', 'saveChanges']);
    expect(written(core.calls[1]?.sent)).toHaveLength(1);
  });

  it('sends the whole content again when the article was stored from elsewhere since', async () => {
    const core = fakeCore();
    const editor = longArticle();
    const snapshot = new BodySnapshot();
    const version = new StoredVersion();
    await saveContent(core.editor, ID, contentOf(editor, snapshot), version);
    core.storeElsewhere('Tiêu đề do biên tập viên sửa');

    type(editor, 0, ' Sửa');
    await keepContent(core.editor, ID, contentOf(editor, snapshot), version);
    const typed = contentOf(editor, snapshot);
    await saveContent(core.editor, ID, typed, version);
    type(editor, 1, ' Tiếp');
    await saveContent(core.editor, ID, contentOf(editor, snapshot), version);

    expect(core.calls.map((call) => call.method)).toEqual(['save', 'keepDraftChanges', 'keepDraft', 'saveChanges', 'save', 'saveChanges']);
    expect(written(core.calls[4]?.sent)).toHaveLength(50);
    expect(written(core.calls[5]?.sent)).toHaveLength(1);
    expect(core.stored()?.body).toEqual(editor.getEditorState().toJSON());
  });

  it('lets any other refusal through, for the save state to show', async () => {
    const core = fakeCore();
    const editor = longArticle();
    const snapshot = new BodySnapshot();
    const version = new StoredVersion();
    await saveContent(core.editor, ID, contentOf(editor, snapshot), version);
    const refused = NewsdeskError.of(msg('error.edit.cannotSave', { reason: msg('error.edit.reporterOwnOnly') }), 'forbidden');
    Object.assign(core.editor, { saveChanges: () => Promise.reject(refused), keepDraftChanges: () => Promise.reject(refused) });

    type(editor, 2, ' Sửa');
    await expect(saveContent(core.editor, ID, contentOf(editor, snapshot), version)).rejects.toBe(refused);
    await expect(keepContent(core.editor, ID, contentOf(editor, snapshot), version)).rejects.toBe(refused);
    expect(core.calls.map((call) => call.method)).toEqual(['save']);
  });
});
