import type { Article } from '../model/article.ts';
import { documentText } from '../model/document.ts';
import { noExtraArguments, UsageError, type Command } from './command.ts';

export const showCommand: Command = {
  options: { json: { type: 'boolean' } },
  async run({ values, positionals, open, out }) {
    const [id, ...extra] = positionals;
    if (!id) throw new UsageError('show cần mã bài viết (id)');
    noExtraArguments(extra, 'show');
    const article = await (await open()).articles.get(id);
    out(values.json ? JSON.stringify(article, null, 2) : articleAsText(article));
  },
};

function articleAsText(article: Article): string {
  const { place, date } = article.dateline;
  return [
    article.title,
    `${article.byline} · ${article.category} · ${place}, ${date} · ${article.state}`,
    '',
    article.sapo,
    '',
    documentText(article.body),
  ].join('\n');
}
