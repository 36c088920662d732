import type { SerializedEditorState, SerializedNode } from '../../core/model/document.ts';

/** What the body editor can show, and the node types it had to leave as plain content. */
export interface OpenableBody {
  body: SerializedEditorState;
  /** Node types this editor does not know (from a newer Newsdesk, or a hand-edited file), each once. */
  unknownTypes: string[];
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'list', 'image']);

const paragraphOf = (children: SerializedNode[]): SerializedNode => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children,
});

/**
 * The body with every node the editor does not know replaced by what it holds: its children in
 * its place (in a paragraph where a block must stand), or its text. The editor then opens the rest
 * of the article instead of refusing all of it over one node it cannot read.
 */
export function openableBody(body: SerializedEditorState, knownTypes: ReadonlySet<string>): OpenableBody {
  const unknown = new Set<string>();

  const inline = (nodes: readonly SerializedNode[]): SerializedNode[] =>
    nodes.flatMap((node) => {
      if (knownTypes.has(node.type)) return [{ ...node, ...(node.children ? { children: inline(node.children) } : {}) }];
      unknown.add(node.type);
      if (node.children) return inline(node.children);
      if (typeof node.text === 'string')
        return [{ type: 'text', version: 1, text: node.text, format: 0, detail: 0, mode: 'normal', style: '' }];
      return [];
    });

  const blocks = (nodes: readonly SerializedNode[]): SerializedNode[] =>
    nodes.flatMap((node) => {
      if (knownTypes.has(node.type)) {
        if (!node.children) return [node];
        // A list holds list items, each holding inline content (or a nested list).
        const children =
          node.type === 'list' ? node.children.map((item) => ({ ...item, children: inline(item.children ?? []) })) : inline(node.children);
        return [{ ...node, children }];
      }
      unknown.add(node.type);
      const content = node.children ? node.children : typeof node.text === 'string' ? [node] : [];
      if (content.every((child) => BLOCK_TYPES.has(child.type))) return blocks(content);
      const text = inline(content);
      return text.length > 0 ? [paragraphOf(text)] : [];
    });

  const children = blocks(body.root.children);
  return { body: { ...body, root: { ...body.root, children } }, unknownTypes: [...unknown] };
}
