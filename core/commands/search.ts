import { searchWithGlossary } from '../vietnamese/glossarySearch.ts';
import { UsageError, type Command } from './command.ts';
import { coreText, msg } from '../i18n/coreMessages.ts';

export const searchCommand: Command = {
  options: { json: { type: 'boolean' } },
  async run({ values, positionals, open, language, out }) {
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError(msg('error.usage.searchNeedsWords'));
    const newsdesk = await open({ verifyArticleFiles: 'if-folder-changed' });
    const hits = await searchWithGlossary((variant) => newsdesk.articles.find(variant), query, newsdesk.stores.writingAids.glossary);
    if (values.json) {
      out(
        JSON.stringify(
          hits.map(({ id, title, state, byline, updatedAt }) => ({ id, title, state, byline, updatedAt })),
          null,
          2,
        ),
      );
      return;
    }
    if (hits.length === 0) out(coreText(language, msg('cli.search.nothing', { query })));
    else out(hits.map((a) => `${a.id}  ${a.state.padEnd(17)}  ${a.title} — ${a.byline}`).join('\n'));
  },
};
