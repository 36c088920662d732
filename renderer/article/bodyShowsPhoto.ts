import type { SerializedEditorState, SerializedNode } from '../../core/model/document.ts';

/** Whether the body already shows this stored photo, so the featured copy would only repeat it. */
export function bodyShowsPhoto(body: SerializedEditorState, asset: string): boolean {
  const contains = (nodes: readonly SerializedNode[]): boolean =>
    nodes.some((node) => (node.type === 'image' && node.src === asset) || contains(node.children ?? []));
  return contains(body.root.children);
}
