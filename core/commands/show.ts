import type { Article } from '../model/article.ts';
import { documentText } from '../model/document.ts';
import { noExtraArguments, UsageError, type Command } from './command.ts';
import { coreText, msg, type CoreLanguage, type CoreMessage } from '../i18n/coreMessages.ts';

export const showCommand: Command = {
  options: { json: { type: 'boolean' } },
  async run({ values, positionals, open, language, out }) {
    const [id, ...extra] = positionals;
    if (!id) throw new UsageError(msg('error.usage.needsId', { command: 'show' }));
    noExtraArguments(extra, 'show');
    // Reads the one article's file (checked as it is read): the other files need no look.
    const article = await (await open({ verifyArticleFiles: false })).articles.get(id);
    out(values.json ? JSON.stringify(article, null, 2) : articleAsText(article, language));
  },
};

/** Where the article stands in review: the editor's note when changes are asked for, the portal link once published, every step. */
function reviewLines(article: Article): CoreMessage[] {
  const steps = article.transitions ?? [];
  const lines: CoreMessage[] = [];
  const last = steps.at(-1);
  if (article.state === 'changes_requested' && last?.action === 'request-changes')
    lines.push(msg('cli.show.changesAsked', { by: last.by, note: last.note ?? '' }));
  if (article.state === 'published' && article.portal) lines.push(msg('cli.show.published', { url: article.portal.url }));
  if (steps.length > 0) {
    lines.push(msg('cli.show.steps'));
    for (const step of steps) {
      const at = step.at.slice(0, 16).replace('T', ' ');
      const action = msg(`name.action.${step.action}`);
      lines.push(msg(step.note ? 'cli.show.stepWithNote' : 'cli.show.step', { at, by: step.by, action, note: step.note ?? '' }));
    }
  }
  return lines;
}

function articleAsText(article: Article, language: CoreLanguage): string {
  const { place, date } = article.dateline;
  const review = reviewLines(article).map((line) => coreText(language, line));
  return [
    article.title,
    `${article.byline} · ${article.category} · ${place}, ${date} · ${article.state}`,
    ...(review.length > 0 ? ['', ...review] : []),
    '',
    article.sapo,
    '',
    documentText(article.body),
  ].join('\n');
}
