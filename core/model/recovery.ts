import type { Article, ArticleContent } from './article.ts';

/**
 * What a writer typed but had not saved when their editor went away (a renderer crash, a power
 * cut): kept by the core beside the library, per user and article, until a save makes it moot.
 */
export interface RecoveredDraft {
  articleId: string;
  /** When the copy was last written. */
  writtenAt: string;
  /** `updatedAt` of the stored article the copy was written over; null for an article never saved. */
  baseUpdatedAt: string | null;
  content: ArticleContent;
}

/** The parts of an article its writer edits. */
export function contentOf(article: ArticleContent): ArticleContent {
  const { title, sapo, byline, category, tags, dateline, featuredPhoto, body } = article;
  return { title, sapo, byline, category, tags, dateline, featuredPhoto, body };
}

/** Whether two contents say the same (key order aside). */
export function sameContent(a: ArticleContent, b: ArticleContent): boolean {
  return stableJson(contentOf(a)) === stableJson(contentOf(b));
}

/**
 * Whether a recovery copy holds work that the stored article does not: the article is still the
 * very version the copy was written over (a later save by anyone, or a restored backup, wins), and
 * the text differs.
 */
export function holdsUnsavedWork(copy: RecoveredDraft, stored: Article | null): boolean {
  if (stored === null) return copy.baseUpdatedAt === null;
  if (copy.baseUpdatedAt !== stored.updatedAt) return false;
  return !sameContent(copy.content, stored);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
