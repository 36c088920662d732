import type { Article, ArticleContent } from '../../core/model/article.ts';

/** Everything the writer edits except the body, which lives in the Lexical editor. */
export type ArticleFields = Omit<ArticleContent, 'body'>;

export function fieldsOf(article: Article): ArticleFields {
  const { title, sapo, byline, category, tags, dateline, featuredPhoto } = article;
  return { title, sapo, byline, category, tags, dateline, featuredPhoto };
}

/** "nông thôn mới, UBND tỉnh" → ["nông thôn mới", "UBND tỉnh"]. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(/[,;]/)
    .map((tag) => tag.trim().replace(/\s+/g, ' '))
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}
