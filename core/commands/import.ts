import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, extname } from 'node:path';
import { NewsdeskError } from '../api.ts';
import { importPackage } from '../exchange/importPackage.ts';
import { importFile } from '../import/importFile.ts';
import { OPENABLE_EXTENSIONS, PACKAGE_EXTENSION } from '../model/fileKinds.ts';
import type { User } from '../model/account.ts';
import { WorkflowError } from '../model/workflow.ts';
import { noExtraArguments, UsageError, type Command } from './command.ts';
import { ENCODING_CHOICES, isEncodingChoice } from '../vietnamese/encodingChoice.ts';
import { msg } from '../i18n/coreMessages.ts';

/**
 * `newsdesk import <file> [--author NAME] [--encoding auto|tcvn3|vni|viqr]`: a `.newsdesk` package
 * brings its article back (once, however often); a Word, text or JSON file becomes a new draft, its
 * legacy Vietnamese text (TCVN3, VNI, VIQR) turned into Unicode. Prints the article's id.
 */
export const importCommand: Command = {
  options: { author: { type: 'string' }, encoding: { type: 'string' } },
  async run({ values, positionals, open, out }) {
    const [file, ...extra] = positionals;
    if (!file) throw new UsageError(msg('error.usage.importNeedsFile', { kinds: OPENABLE_EXTENSIONS.join(', ') }));
    noExtraArguments(extra, 'import');
    const encoding = typeof values.encoding === 'string' ? values.encoding : 'auto';
    if (!isEncodingChoice(encoding))
      throw new UsageError(msg('error.usage.encoding', { values: ENCODING_CHOICES.join(', '), given: encoding }));
    const extension = extname(file).toLowerCase();
    if (!OPENABLE_EXTENSIONS.includes(extension))
      throw NewsdeskError.of(msg('error.import.onlyKinds', { file: basename(file), kinds: OPENABLE_EXTENSIONS.join(', ') }));
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw NewsdeskError.of(
        msg((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'error.file.noSuchFile' : 'error.file.cannotRead', { file }),
      );
    }
    // Adds one article: the library's other files need no look.
    const newsdesk = await open({ verifyArticleFiles: false });
    let author: User | null = null;
    if (typeof values.author === 'string') {
      const user = newsdesk.accounts.list().find((account) => account.username === values.author);
      if (!user) throw NewsdeskError.of(msg('error.account.notFound', { username: values.author }));
      author = user;
    }
    if (extension === PACKAGE_EXTENSION) {
      const imported = await importPackage(newsdesk.stores, bytes, { user: author, by: author?.username ?? commandLineUser() }).catch(
        (error: unknown) => {
          throw error instanceof WorkflowError ? NewsdeskError.of(error.detail, 'forbidden') : error;
        },
      );
      out(imported.id);
      return;
    }
    const article = await importFile(bytes, basename(file), { articles: newsdesk.articles, assets: newsdesk.assets, author, encoding });
    out(article.id);
  },
};

/** Who the revision is credited to when the command line, not a signed-in person, imports. */
function commandLineUser(): string {
  return `dòng lệnh (${userInfo().username})`;
}
