import { BulletinOptionsSchema } from '../model/print.ts';
import { UsageError, type Command } from './command.ts';
import { outputOption, outputPath, paperOption, reportWarnings, writePdf } from './printOptions.ts';
import { coreText, msg } from '../i18n/coreMessages.ts';

export const bulletinCommand: Command = {
  options: {
    ...outputOption,
    title: { type: 'string' },
    issue: { type: 'string' },
    date: { type: 'string' },
    columns: { type: 'string' },
    booklet: { type: 'boolean' },
    format: { type: 'string' },
  },
  async run({ values, positionals, open, language, out, err }) {
    if (positionals.length === 0) throw new UsageError(msg('error.usage.bulletinNeedsIds'));
    const path = outputPath(values.output, 'bulletin');
    const booklet = values.booklet === true;
    if (booklet && values.paper !== undefined && paperOption(values.paper) !== 'A5') throw new UsageError(msg('error.usage.bookletIsA5'));
    const paper = booklet ? 'A5' : paperOption(values.paper);
    const columns = values.columns === undefined ? 1 : Number(values.columns);
    if (columns !== 1 && columns !== 2)
      throw new UsageError(msg('error.usage.eitherOr', { option: '--columns', first: '1', second: '2', given: String(values.columns) }));
    const parsed = BulletinOptionsSchema.safeParse({
      articleIds: positionals,
      title: values.title ?? 'Bản tin',
      issue: values.issue ?? '',
      date: values.date ?? localToday(),
      paper,
      columns,
      booklet,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field =
        issue?.path[0] === 'articleIds'
          ? msg('error.usage.articleId', { id: positionals[Number(issue.path[1])] ?? '' })
          : `--${String(issue?.path[0] ?? '')}`;
      throw new UsageError(msg('error.usage.invalid', { command: 'bulletin', field }));
    }
    const format = values.format ?? 'pdf';
    if (format !== 'pdf' && format !== 'docx')
      throw new UsageError(msg('error.usage.eitherOr', { option: '--format', first: 'pdf', second: 'docx', given: String(format) }));
    if (format === 'docx') {
      if (booklet) throw new UsageError(msg('error.usage.bookletPdfOnly'));
      const bytes = await (await open()).printer.bulletinWord(parsed.data);
      await writePdf(path, bytes);
      out(coreText(language, msg('cli.written.bulletinDocx', { file: path, articles: parsed.data.articleIds.length })));
      return;
    }
    const printed = await (await open()).printer.bulletin(parsed.data);
    await writePdf(path, printed.bytes);
    reportWarnings(printed.warnings, err, language);
    const layout = booklet
      ? msg('cli.written.booklet', { sheets: Math.ceil(printed.pages.length / 4) })
      : msg('cli.written.paper', { paper });
    out(
      coreText(
        language,
        msg('cli.written.bulletin', { file: path, pages: printed.pages.length, articles: parsed.data.articleIds.length, layout, columns }),
      ),
    );
  },
};

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
