import { noExtraArguments, UsageError, type Command } from './command.ts';
import { writePdf } from './printOptions.ts';
import { resolve } from 'node:path';

/** `export-docx ID -o FILE.docx`: the article as a Word document, styled as it prints. */
export const exportDocxCommand: Command = {
  options: { output: { type: 'string', short: 'o' } },
  async run({ values, positionals, open, out }) {
    const [id, ...extra] = positionals;
    if (!id) throw new UsageError('export-docx cần mã bài viết (id)');
    noExtraArguments(extra, 'export-docx');
    if (typeof values.output !== 'string' || values.output === '') throw new UsageError('export-docx cần tệp kết quả: -o TỆP.docx');
    const path = resolve(values.output);
    const { bytes } = await (await open()).printer.articleWord(id);
    await writePdf(path, bytes);
    out(`Đã ghi ${path} (Word, ${Math.ceil(bytes.length / 1024)} KB)`);
  },
};
