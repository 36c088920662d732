import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, extname } from 'node:path';
import { NewsdeskError } from '../api.ts';
import { importPackage } from '../exchange/importPackage.ts';
import { importFile } from '../import/importFile.ts';
import { LIMITS } from '../exchange/packageFormat.ts';
import { INPUT_LIMITS } from '../model/inputLimits.ts';
import { OPENABLE_EXTENSIONS, PACKAGE_EXTENSION, type ImportExtension } from '../model/fileKinds.ts';
import type { User } from '../model/account.ts';
import { WorkflowError } from '../model/workflow.ts';
import { noExtraArguments, UsageError, type Command } from './command.ts';
import { ENCODING_CHOICES, isEncodingChoice } from '../vietnamese/encodingChoice.ts';
import { msg } from '../i18n/coreMessages.ts';

const MB = 1024 * 1024;

/** The most a file of each kind may hold: what its reader takes in at most, checked before the file is read. */
const MOST_BYTES: Record<ImportExtension | typeof PACKAGE_EXTENSION, number> = {
  [PACKAGE_EXTENSION]: LIMITS.packageBytes,
  // Zipped, a Word file is no larger than its parts once inflated (a few bytes of headers aside).
  '.docx': INPUT_LIMITS.docxTotalBytes,
  '.json': INPUT_LIMITS.articleJsonBytes,
  '.txt': INPUT_LIMITS.textFileBytes,
};

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
    const limit = MOST_BYTES[extension as ImportExtension | typeof PACKAGE_EXTENSION];
    let bytes: Buffer | null;
    try {
      bytes = await readAtMost(file, limit);
    } catch (error) {
      throw NewsdeskError.of(
        msg((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'error.file.noSuchFile' : 'error.file.cannotRead', { file }),
      );
    }
    if (!bytes) throw NewsdeskError.of(msg('error.open.tooLarge', { file: basename(file), limit: limit / MB }));
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

/**
 * The file's bytes, or null when it holds more than `limit`: its size is looked at before anything
 * is read, and no more than `limit` + 1 bytes are read whatever it said (a pipe or a device has no size).
 */
async function readAtMost(file: string, limit: number): Promise<Buffer | null> {
  if ((await stat(file)).size > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of createReadStream(file, { end: limit })) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return size > limit ? null : Buffer.concat(chunks, size);
}
