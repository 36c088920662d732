// @vitest-environment jsdom
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { BlockCache } from '../../../../renderer/editor/blockCache.ts';

function body(paragraphs: string[]): LexicalEditor {
  const editor = createEditor({
    onError: (error) => {
      throw error;
    },
  });
  editor.update(() => $getRoot().append(...paragraphs.map((text) => $createParagraphNode().append($createTextNode(text)))), {
    discrete: true,
  });
  return editor;
}

const edit = (editor: LexicalEditor, change: () => void) => editor.update(change, { discrete: true });

describe('BlockCache', () => {
  it('works out again only the blocks that changed, and lets go of what changed or went away', () => {
    const editor = body(['Một', 'Hai', 'Ba']);
    const computed: string[] = [];
    const dropped: string[] = [];
    const cache = new BlockCache(
      (block) => {
        computed.push(block.getTextContent());
        return block.getTextContent();
      },
      (value) => dropped.push(value),
    );
    expect(cache.values(editor.getEditorState())).toEqual(['Một', 'Hai', 'Ba']);
    expect(computed).toEqual(['Một', 'Hai', 'Ba']);

    computed.length = 0;
    edit(editor, () => {
      const second = $getRoot().getChildAtIndex(1);
      if ($isElementNode(second)) second.getFirstChildOrThrow().remove();
      if ($isElementNode(second)) second.append($createTextNode('Hai đã sửa'));
    });
    expect(cache.values(editor.getEditorState())).toEqual(['Một', 'Hai đã sửa', 'Ba']);
    expect(computed).toEqual(['Hai đã sửa']);
    expect(dropped).toEqual(['Hai']);

    computed.length = 0;
    edit(editor, () => $getRoot().getFirstChildOrThrow().remove());
    expect(cache.values(editor.getEditorState())).toEqual(['Hai đã sửa', 'Ba']);
    // Lexical links siblings, so the block next to the removed one is new as well; the rest is not.
    expect(computed).toEqual(['Hai đã sửa']);
    expect(dropped).toEqual(['Hai', 'Hai đã sửa', 'Một']);

    dropped.length = 0;
    cache.clear();
    expect(dropped).toEqual(['Hai đã sửa', 'Ba']);
  });

  it('works a block out again when what was kept for it no longer holds', () => {
    const editor = body(['Một', 'Hai']);
    let stale = '';
    let computed = 0;
    const cache = new BlockCache(
      (block) => (computed++, block.getTextContent()),
      () => undefined,
      (value) => value !== stale,
    );
    cache.values(editor.getEditorState());
    stale = 'Hai';
    cache.values(editor.getEditorState());
    expect(computed).toBe(3);
  });
});
