import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { NewsdeskError } from '../api.ts';
import { importFile, IMPORTABLE_EXTENSIONS } from '../import/importFile.ts';
import type { DraftAuthor } from '../model/newArticle.ts';
import { noExtraArguments, UsageError, type Command } from './command.ts';

/** `newsdesk import <file> [--author NAME]`: a new draft from a file; prints its id. */
export const importCommand: Command = {
  options: { author: { type: 'string' } },
  async run({ values, positionals, open, out }) {
    const [file, ...extra] = positionals;
    if (!file) throw new UsageError(`import cần một tệp (${IMPORTABLE_EXTENSIONS.join(', ')})`);
    noExtraArguments(extra, 'import');
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'không có tệp này' : 'không đọc được tệp';
      throw new NewsdeskError(`${reason}: ${file}`);
    }
    const newsdesk = await open();
    let author: DraftAuthor | null = null;
    if (typeof values.author === 'string') {
      const user = newsdesk.accounts.list().find((account) => account.username === values.author);
      if (!user) throw new NewsdeskError(`không có tài khoản "${values.author}"`);
      author = user;
    }
    const article = await importFile(bytes, basename(file), { articles: newsdesk.articles, assets: newsdesk.assets, author });
    out(article.id);
  },
};
