import { ArticleStateSchema, ARTICLE_STATES } from '../model/article.ts';
import { noExtraArguments, UsageError, type Command } from './command.ts';
import { msg } from '../i18n/coreMessages.ts';

export const listCommand: Command = {
  options: { state: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, positionals, open, out }) {
    noExtraArguments(positionals, 'list');
    let state;
    if (typeof values.state === 'string') {
      const parsed = ArticleStateSchema.safeParse(values.state);
      if (!parsed.success) throw new UsageError(msg('error.usage.oneOf', { option: '--state', values: ARTICLE_STATES.join(', ') }));
      state = parsed.data;
    }
    const articles = await (await open({ verifyArticleFiles: 'if-folder-changed' })).articles.listRows({ state });
    if (values.json) {
      out(
        JSON.stringify(
          articles.map(({ id, title, state, byline, updatedAt }) => ({ id, title, state, byline, updatedAt })),
          null,
          2,
        ),
      );
      return;
    }
    // One write for the whole list: a line at a time cost more than reading the library at 10,000 articles.
    if (articles.length > 0)
      out(articles.map((a) => `${a.id}  ${a.state.padEnd(17)}  ${a.updatedAt.slice(0, 10)}  ${a.title} — ${a.byline}`).join('\n'));
  },
};
