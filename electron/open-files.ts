/**
 * Files handed to Newsdesk by the system: a `.newsdesk` package double-clicked, a Word or JSON file
 * dropped on the icon, or picked in "Nhập bài viết…". Each goes into the library through the same
 * services the page uses, so the same checks and rules apply. No 'electron' import: tested in Node.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { FileUploadSchema, NewsdeskError, type NewsdeskApi } from '../core/api.ts';
import { MAX_FILE_BYTES, MAX_FILE_MEGABYTES, OPENABLE_EXTENSIONS, PACKAGE_EXTENSION } from '../core/model/fileKinds.ts';
import { msg } from '../core/i18n/coreMessages.ts';

export { OPENABLE_EXTENSIONS, PACKAGE_EXTENSION };

const isOpenable = (file: string) => OPENABLE_EXTENSIONS.includes(path.extname(file).toLowerCase());

/**
 * The files a launch names, as absolute paths: what the system passes after the program (and, when
 * not packaged, the app folder). Switches and the value of `--data` are not files to open.
 */
export function filesToOpen(argv: readonly string[], workingDirectory: string): string[] {
  const files: string[] = [];
  for (let i = 1; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--data') {
      i += 1;
      continue;
    }
    if (!arg.startsWith('-') && isOpenable(arg)) files.push(path.resolve(workingDirectory, arg));
  }
  return files;
}

/** Brings one file into the library as the signed-in user; returns the article to show. */
export async function importIntoLibrary(api: NewsdeskApi, file: string): Promise<string> {
  const fileName = path.basename(file);
  if (!isOpenable(file)) throw NewsdeskError.of(msg('error.open.onlyKinds', { file: fileName, kinds: OPENABLE_EXTENSIONS.join(', ') }));
  let bytes: Buffer;
  try {
    if ((await stat(file)).size > MAX_FILE_BYTES)
      throw NewsdeskError.of(msg('error.open.tooLarge', { file: fileName, limit: MAX_FILE_MEGABYTES }));
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof NewsdeskError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw NewsdeskError.of(
      code === 'ENOENT'
        ? msg('error.open.gone', { file: fileName })
        : msg('error.open.unreadable', { file: fileName, reason: code ?? msg('error.open.readError') }),
    );
  }
  const upload = FileUploadSchema.parse({ fileName, data: bytes.toString('base64') });
  if (path.extname(file).toLowerCase() === PACKAGE_EXTENSION) return (await api.exchange.importPackage(upload)).id;
  return (await api.editor.importFile(upload)).id;
}

/** True when the file could not be opened only because nobody is signed in yet: it waits for the sign-in. */
export function waitsForSignIn(error: unknown): boolean {
  return error instanceof NewsdeskError && error.code === 'unauthorized';
}
