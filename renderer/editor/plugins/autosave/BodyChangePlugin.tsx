import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $isElementNode, type EditorState, type LexicalNode } from 'lexical';
import { useEffect, useRef } from 'react';

/** A node as stored, with the keys of its children (so that a removed child counts as a change). */
function $describe(node: LexicalNode | null): string {
  return node === null ? '' : JSON.stringify([node.exportJSON(), $isElementNode(node) ? node.getChildrenKeys() : null]);
}

/**
 * Whether any of these nodes differs between `prev` and `next`. Dirty alone does not tell: when
 * the editor is attached to the page Lexical marks (and copies) every node without changing any,
 * which must not count as the writer's change.
 */
function anyNodeChanged(prev: EditorState, next: EditorState, keys: Iterable<string>): boolean {
  for (const key of keys) {
    const before = prev.read(() => $getNodeByKey(key));
    const after = next.read(() => $getNodeByKey(key));
    if (before === after) continue;
    if (prev.read(() => $describe(before)) !== next.read(() => $describe(after))) return true;
  }
  return false;
}

/** Tells `onChange` when the body's content changed (not the caret, not the first load). */
export function BodyChangePlugin({ onChange }: { onChange(): void }) {
  const [editor] = useLexicalComposerContext();
  const latest = useRef(onChange);
  latest.current = onChange;

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves }) => {
        if (prevEditorState.isEmpty()) return;
        if (
          anyNodeChanged(prevEditorState, editorState, dirtyLeaves) ||
          anyNodeChanged(prevEditorState, editorState, dirtyElements.keys())
        ) {
          latest.current();
        }
      }),
    [editor],
  );

  return null;
}
