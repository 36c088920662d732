import { z } from 'zod';

/** An editor's or reporter's remark on an article, optionally on one paragraph of it. */
export const CommentSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().optional(),
  author: z.string(),
  at: z.iso.datetime(),
  text: z.string().min(1).max(5000),
  /** The paragraph (index among the body's blocks) and the words the comment is about. */
  anchor: z.object({ block: z.number().int().nonnegative(), excerpt: z.string().max(300) }).optional(),
  /** Set when the writer (or an editor) marks the remark as dealt with; it then stops pointing at its paragraph. */
  resolved: z.object({ by: z.string(), at: z.iso.datetime() }).optional(),
});
export type Comment = z.infer<typeof CommentSchema>;
