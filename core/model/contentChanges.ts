import { z } from 'zod';
import { msg, type CoreMessage } from '../i18n/coreMessages.ts';
import { ArticleContentSchema, type Article, type ArticleContent } from './article.ts';
import { SerializedNodeSchema, type SerializedNode } from './document.ts';

/**
 * An article's content written against the version stored at `baseUpdatedAt`: the fields in full,
 * the body's top-level blocks in order, each written out or, when it is unchanged, given as its
 * position in the stored body. An autosave of a long article then carries the paragraph being
 * typed in, not the whole text.
 */
export const ContentChangesSchema = ArticleContentSchema.omit({ body: true }).extend({
  baseUpdatedAt: z.iso.datetime(),
  body: z.object({
    root: z.looseObject({
      type: z.literal('root'),
      version: z.number().int().nonnegative(),
      children: z.array(z.union([z.number().int().nonnegative(), SerializedNodeSchema])),
    }),
  }),
});
export type ContentChanges = z.infer<typeof ContentChangesSchema>;

/** What a save written as changes answers: the stored version, for the next changes to be written against. */
export interface SavedVersion {
  updatedAt: string;
}

/**
 * The content `changes` describe over `stored`. They are outdated when they were written against
 * another version (the article was stored again since: by a save that overtook them, a workflow
 * step, a restored revision), and refused when a block is named by a position the stored body does
 * not have, or named twice.
 */
export function applyContentChanges(
  stored: Article,
  changes: ContentChanges,
): { content: ArticleContent } | { outdated: true } | { refusal: CoreMessage } {
  if (changes.baseUpdatedAt !== stored.updatedAt) return { outdated: true };
  const storedBlocks = stored.body.root.children;
  const used = new Set<number>();
  const children: SerializedNode[] = [];
  for (const block of changes.body.root.children) {
    if (typeof block !== 'number') {
      children.push(block);
      continue;
    }
    const kept = storedBlocks[block];
    if (kept === undefined || used.has(block)) return { refusal: msg('error.edit.changesUnknownBlock', { position: block }) };
    used.add(block);
    children.push(kept);
  }
  const { baseUpdatedAt: _base, body, ...fields } = changes;
  return { content: { ...fields, body: { root: { ...body.root, children } } } };
}
