// @vitest-environment jsdom
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  createEditor,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { BODY_NODES } from '../../../../renderer/editor/BodyEditor.tsx';
import { BodySnapshot } from '../../../../renderer/editor/bodySnapshot.ts';
import { $createImageNode, $isImageNode } from '../../../../renderer/editor/nodes/ImageNode.ts';

const PHOTO = `${'b'.repeat(64)}.jpg`;

function article(): LexicalEditor {
  const editor = createEditor({
    nodes: BODY_NODES,
    onError: (error) => {
      throw error;
    },
  });
  editor.update(
    () => {
      const root = $getRoot();
      root.append($createHeadingNode('h2').append($createTextNode('Nông thôn mới')));
      for (let i = 0; i < 5; i++) root.append($createParagraphNode().append($createTextNode(`Đoạn thứ ${i} của bài viết.`)));
      const link = $createLinkNode('https://example.vn/').append($createTextNode('cổng thông tin'));
      root.append($createParagraphNode().append($createTextNode('Xem thêm trên ').toggleFormat('bold'), link));
      root.append(
        $createListNode('bullet').append(
          $createListItemNode().append($createTextNode('một')),
          $createListItemNode().append($createTextNode('hai')),
        ),
      );
      root.append($createImageNode({ src: PHOTO, altText: 'Hội nghị', caption: 'Toàn cảnh', credit: 'Bích Diệp', size: 'column' }));
    },
    { discrete: true },
  );
  return editor;
}

const edit = (editor: LexicalEditor, change: () => void) => editor.update(change, { discrete: true });

/** The first text of the body's block at `index`. */
function $firstText(index: number): TextNode {
  const block = $getRoot().getChildAtIndex(index);
  const text = $isElementNode(block) ? block.getFirstDescendant() : null;
  if (!$isTextNode(text)) throw new Error(`block ${index} has no text`);
  return text;
}

describe('BodySnapshot', () => {
  it('writes what editorState.toJSON() writes, after every kind of change, undo included', () => {
    const editor = article();
    const snapshot = new BodySnapshot();
    const same = () => expect(snapshot.of(editor.getEditorState())).toEqual(editor.getEditorState().toJSON());
    same();
    const before = editor.getEditorState();

    edit(editor, () => $firstText(2).setTextContent('Đoạn đã sửa.'));
    same();
    edit(editor, () => {
      const paragraph = $getRoot().getChildAtIndex(3);
      if ($isElementNode(paragraph)) paragraph.setFormat('center').setIndent(1);
    });
    same();
    edit(editor, () => $getRoot().getChildAtIndex(1)!.remove());
    same();
    edit(editor, () =>
      $getRoot()
        .getChildAtIndex(0)!
        .insertAfter($createParagraphNode().append($createTextNode('Đoạn mới'))),
    );
    same();
    edit(editor, () => {
      const list = $getRoot().getChildAtIndex(7);
      if ($isElementNode(list)) list.getLastChild()!.remove();
    });
    same();
    edit(editor, () => {
      const photo = $getRoot().getLastChild();
      if ($isImageNode(photo)) photo.setCaption('Toàn cảnh hội nghị');
    });
    same();
    edit(editor, () => {
      $firstText(6).toggleFormat('italic');
    });
    same();
    // Undo puts an older state back whole (Lexical reconciles it as new).
    editor.setEditorState(before);
    same();
  });

  it('serialises again only the paragraph that changed', () => {
    const editor = article();
    const snapshot = new BodySnapshot();
    const first = snapshot.of(editor.getEditorState()).root.children;
    edit(editor, () => $firstText(2).setTextContent('Đoạn đã sửa.'));
    const second = snapshot.of(editor.getEditorState()).root.children;
    expect(second.filter((block, index) => block !== first[index])).toEqual([second[2]]);
    expect(JSON.stringify(second[2])).toContain('Đoạn đã sửa.');
  });
});
