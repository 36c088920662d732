import { noExtraArguments, UsageError, type Command } from './command.ts';
import { writePdf } from './printOptions.ts';
import { resolve } from 'node:path';
import { coreText, msg } from '../i18n/coreMessages.ts';

/** `export-docx ID -o FILE.docx`: the article as a Word document, styled as it prints. */
export const exportDocxCommand: Command = {
  options: { output: { type: 'string', short: 'o' } },
  async run({ values, positionals, open, language, out }) {
    const [id, ...extra] = positionals;
    if (!id) throw new UsageError(msg('error.usage.needsId', { command: 'export-docx' }));
    noExtraArguments(extra, 'export-docx');
    if (typeof values.output !== 'string' || values.output === '')
      throw new UsageError(msg('error.usage.needsOutput', { command: 'export-docx', extension: '.docx' }));
    const path = resolve(values.output);
    const { bytes } = await (await open()).printer.articleWord(id);
    await writePdf(path, bytes);
    out(coreText(language, msg('cli.written.docx', { file: path, kilobytes: Math.ceil(bytes.length / 1024) })));
  },
};
