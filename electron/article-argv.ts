/**
 * The command-line switch that opens an article in the running window: what a Windows jump-list
 * entry launches Newsdesk with (Windows hands it to the running instance as a second launch).
 */
import { ArticleIdSchema } from '../core/model/article.ts';

export const OPEN_ARTICLE_SWITCH = '--open-article';

export function openArticleArg(id: string): string {
  return `${OPEN_ARTICLE_SWITCH}=${ArticleIdSchema.parse(id)}`;
}

/** The article a launch asks to open (the last one named), or null; anything but an article id is ignored. */
export function articleToOpen(argv: readonly string[]): string | null {
  let found: string | null = null;
  for (const arg of argv) {
    if (!arg.startsWith(`${OPEN_ARTICLE_SWITCH}=`)) continue;
    const checked = ArticleIdSchema.safeParse(arg.slice(OPEN_ARTICLE_SWITCH.length + 1));
    if (checked.success) found = checked.data;
  }
  return found;
}
