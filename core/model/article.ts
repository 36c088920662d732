import { z } from 'zod';
import { CommentSchema } from './comment.ts';
import { EditorStateSchema } from './document.ts';
import { ARTICLE_STATES } from './articleStates.ts';
import { TransitionRecordSchema } from './transitionRecord.ts';

/** Bumped when the stored article shape changes; older files are migrated, newer ones refused. */
export const ARTICLE_SCHEMA_VERSION = 1;

export { ARTICLE_STATES } from './articleStates.ts';
export const ArticleStateSchema = z.enum(ARTICLE_STATES);
export type ArticleState = z.infer<typeof ArticleStateSchema>;

/** The states as the core's messages name them. */
export const STATE_NAMES: Record<ArticleState, string> = {
  draft: 'bản nháp',
  submitted: 'chờ duyệt',
  changes_requested: 'cần sửa',
  approved: 'đã duyệt',
  published: 'đã xuất bản',
  archived: 'lưu trữ',
};

export const ArticleIdSchema = z.uuid();

/** A photo kept in the asset store: `asset` is the content-addressed file name. */
export const PhotoSchema = z.object({
  asset: z.string().regex(/^[0-9a-f]{64}\.(jpg|png|webp|gif)$/, 'not an asset file name'),
  caption: z.string(),
  credit: z.string(),
  alt: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type Photo = z.infer<typeof PhotoSchema>;

export const DatelineSchema = z.object({
  place: z.string(),
  date: z.iso.date(),
});

/**
 * Where the article lives on the portal after a sync: the node's id, public URL, and the `changed`
 * and revision the portal reported when we last wrote it (the baseline for conflict detection).
 */
export const PortalLinkSchema = z.object({
  nid: z.number().int().positive(),
  url: z.string(),
  changed: z.string(),
  revision: z.number().int().nonnegative(),
  moderationState: z.string(),
  syncedAt: z.iso.datetime(),
  /** How many workflow steps of the article the portal holds: a newer local step is still to send. */
  steps: z.number().int().nonnegative().optional(),
  /** A fingerprint of title, sapo and body as they were at that sync: tells whether the local copy changed since. */
  contentHash: z.string().optional(),
});
export type PortalLink = z.infer<typeof PortalLinkSchema>;

export const ArticleSchema = z.object({
  schemaVersion: z.literal(ARTICLE_SCHEMA_VERSION),
  id: ArticleIdSchema,
  title: z.string(),
  sapo: z.string(),
  byline: z.string(),
  category: z.string(),
  tags: z.array(z.string()),
  dateline: DatelineSchema,
  featuredPhoto: PhotoSchema.nullable(),
  body: EditorStateSchema,
  state: ArticleStateSchema,
  author: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Every workflow step, oldest first (added after format 1: optional). */
  transitions: z.array(TransitionRecordSchema).optional(),
  /** Editorial comments, threaded by `parentId` (optional, as above). */
  comments: z.array(CommentSchema).optional(),
  /** Set by the portal sync; absent until the article has been published there. */
  portal: PortalLinkSchema.optional(),
  /** An article of the sample newsroom: never sent to a portal. */
  sample: z.boolean().optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

/** The parts of an article its writer changes; id, author, state and dates belong to the core. */
export const ArticleContentSchema = ArticleSchema.pick({
  title: true,
  sapo: true,
  byline: true,
  category: true,
  tags: true,
  dateline: true,
  featuredPhoto: true,
  body: true,
});
export type ArticleContent = z.infer<typeof ArticleContentSchema>;

/** What the library list shows of an article; kept in the index so listing reads no article file. */
export const ArticleSummarySchema = ArticleSchema.pick({
  id: true,
  title: true,
  state: true,
  byline: true,
  category: true,
  author: true,
  updatedAt: true,
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export function summarize(article: Article): ArticleSummary {
  const { id, title, state, byline, category, author, updatedAt } = article;
  return { id, title, state, byline, category, author, updatedAt };
}
