import {
  $exportNodeJSON,
  $getRoot,
  $getSlot,
  $getSlotNames,
  $isElementNode,
  $withCompactExport,
  type EditorState,
  type LexicalNode,
} from 'lexical';
import type { SerializedEditorState, SerializedNode } from '../../core/model/document.ts';
import { BlockCache } from './blockCache.ts';

/** A node as `EditorState.toJSON()` writes it (the full form), with its children and slots. */
function $exportNode(node: LexicalNode): SerializedNode {
  const json = $exportNodeJSON(node) as unknown as SerializedNode;
  if ($isElementNode(node)) json.children = node.getChildren().map($exportNode);
  const names = $getSlotNames(node);
  if (names.length > 0) {
    const slots: Record<string, SerializedNode> = {};
    for (const name of names) {
      const slot = $getSlot(node, name);
      if (slot) slots[name] = $exportNode(slot);
    }
    (json as unknown as { $slots: Record<string, SerializedNode> }).$slots = slots;
  }
  return json;
}

/**
 * The body as stored, written from the editor's state the way `editorState.toJSON()` writes it,
 * but each paragraph only when it changed since the last snapshot: the autosave, the recovery
 * copies and the preview read a 20,000-word body without serialising it all again.
 * The JSON of unchanged paragraphs is shared between snapshots: treat it as read-only.
 */
export class BodySnapshot {
  private readonly blocks = new BlockCache<SerializedNode>((block) => $withCompactExport(false, () => $exportNode(block)));

  of(state: EditorState): SerializedEditorState {
    const children = this.blocks.values(state);
    const root = state.read(() => $withCompactExport(false, () => $exportNodeJSON($getRoot()))) as unknown as SerializedEditorState['root'];
    return { root: { ...root, children } };
  }
}
