import { z } from 'zod';

/**
 * The article body as Lexical stores it (`SerializedEditorState`). Node shapes are checked
 * loosely here — every node needs a `type` and a `version`, element nodes carry `children` —
 * so that a node added by a newer editor survives a round trip instead of failing the schema.
 * The renderers narrow each node by its `type`.
 */
export interface SerializedNode {
  type: string;
  version: number;
  children?: SerializedNode[];
  [field: string]: unknown;
}

export const SerializedNodeSchema: z.ZodType<SerializedNode> = z.lazy(() =>
  z.looseObject({
    type: z.string().min(1),
    version: z.number().int().nonnegative(),
    children: z.array(SerializedNodeSchema).optional(),
  }),
);

export const EditorStateSchema = z.object({
  root: z.looseObject({
    type: z.literal('root'),
    version: z.number().int().nonnegative(),
    children: z.array(SerializedNodeSchema),
  }),
});
export type SerializedEditorState = z.infer<typeof EditorStateSchema>;

/** Lexical's text format bit flags (see lexical's TEXT_TYPE_TO_FORMAT). */
export const TextFormat = {
  bold: 1,
  italic: 1 << 1,
  strikethrough: 1 << 2,
  underline: 1 << 3,
  code: 1 << 4,
  subscript: 1 << 5,
  superscript: 1 << 6,
} as const;

export const PHOTO_SIZES = ['column', 'full'] as const;
export type PhotoSize = (typeof PHOTO_SIZES)[number];

/**
 * Fields of our own photo node (`renderer/editor/nodes/ImageNode.ts` serialises to this).
 * Version 2 added `size` (column width or full width); version 1 photos show at column width.
 */
export const ImageNodeSchema = z.looseObject({
  type: z.literal('image'),
  version: z.number(),
  src: z.string(),
  altText: z.string().default(''),
  caption: z.string().default(''),
  credit: z.string().default(''),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  size: z.enum(PHOTO_SIZES).optional(),
});
export type SerializedImageNode = z.infer<typeof ImageNodeSchema>;

export function emptyDocument(): SerializedEditorState {
  return {
    root: { type: 'root', version: 1, children: [], direction: null, format: '', indent: 0 },
  };
}

/** Plain text of a document, paragraphs separated by blank lines (for search and word counts). */
export function documentText(doc: SerializedEditorState): string {
  const blocks: string[] = [];
  for (const node of doc.root.children) blocks.push(nodeText(node));
  return blocks.filter((b) => b.length > 0).join('\n\n');
}

function nodeText(node: SerializedNode): string {
  if (node.type === 'text' && typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'image') return typeof node.caption === 'string' ? node.caption : '';
  const separator = node.type === 'list' ? '\n' : '';
  return (node.children ?? []).map(nodeText).join(separator);
}
