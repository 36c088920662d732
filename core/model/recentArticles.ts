import { z } from 'zod';
import { ArticleIdSchema, ArticleStateSchema } from './article.ts';

/** The File menu, the Windows jump list and the macOS dock list this many; older ones fall off. */
export const RECENT_ARTICLES_LIMIT = 10;

export const RecentEntrySchema = z.object({ id: ArticleIdSchema, openedAt: z.iso.datetime() });
export type RecentEntry = z.infer<typeof RecentEntrySchema>;

/** An article the signed-in user opened lately, as the menus show it. */
export interface RecentArticle {
  id: string;
  /** May be empty: a draft without a title yet (the menu says so in its own words). */
  title: string;
  state: z.infer<typeof ArticleStateSchema>;
  openedAt: string;
}

/** `entries` with `id` moved (or added) to the front, each article once, at most the limit. */
export function withOpened(entries: readonly RecentEntry[], id: string, openedAt: string): RecentEntry[] {
  return [{ id, openedAt }, ...entries.filter((entry) => entry.id !== id)].slice(0, RECENT_ARTICLES_LIMIT);
}
