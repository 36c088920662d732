import type { Article } from '../model/article.ts';
import { documentText } from '../model/document.ts';
import { noExtraArguments, UsageError, type Command } from './command.ts';
import { msg } from '../i18n/coreMessages.ts';

export const showCommand: Command = {
  options: { json: { type: 'boolean' } },
  async run({ values, positionals, open, out }) {
    const [id, ...extra] = positionals;
    if (!id) throw new UsageError(msg('error.usage.needsId', { command: 'show' }));
    noExtraArguments(extra, 'show');
    // Reads the one article's file (checked as it is read): the other files need no look.
    const article = await (await open({ verifyArticleFiles: false })).articles.get(id);
    out(values.json ? JSON.stringify(article, null, 2) : articleAsText(article));
  },
};

const STEP_NAMES: Record<string, string> = {
  submit: 'gửi duyệt',
  'request-changes': 'yêu cầu sửa',
  approve: 'duyệt',
  publish: 'xuất bản',
  archive: 'lưu trữ',
  correct: 'đính chính',
};

/** Where the article stands in review: the editor's note when changes are asked for, the portal link once published, every step. */
function reviewLines(article: Article): string[] {
  const steps = article.transitions ?? [];
  const lines: string[] = [];
  const last = steps.at(-1);
  if (article.state === 'changes_requested' && last?.action === 'request-changes') lines.push(`Cần sửa (${last.by}): ${last.note ?? ''}`);
  if (article.state === 'published' && article.portal) lines.push(`Đã đăng: ${article.portal.url}`);
  if (steps.length > 0) {
    lines.push('Các bước duyệt:');
    for (const step of steps) lines.push(`  ${step.at.slice(0, 16).replace('T', ' ')}  ${step.by}  ${STEP_NAMES[step.action] ?? step.action}${step.note ? `: ${step.note}` : ''}`);
  }
  return lines.length > 0 ? ['', ...lines] : [];
}

function articleAsText(article: Article): string {
  const { place, date } = article.dateline;
  return [
    article.title,
    `${article.byline} · ${article.category} · ${place}, ${date} · ${article.state}`,
    ...reviewLines(article),
    '',
    article.sapo,
    '',
    documentText(article.body),
  ].join('\n');
}
