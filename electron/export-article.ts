/**
 * "Xuất bài viết…" from the File menu: the article written to the file the user chose in the save
 * dialog, as a print-ready PDF or a `.newsdesk` package, by the file's extension. No 'electron'
 * import: tested in Node against the real core.
 */
import path from 'node:path';
import { NewsdeskError, type NewsdeskApi } from '../core/api.ts';
import { writeOutputFile } from '../core/commands/outputFile.ts';
import { PACKAGE_EXTENSION } from './open-files.ts';
import { msg } from '../core/i18n/coreMessages.ts';

export const EXPORT_EXTENSIONS = ['.pdf', PACKAGE_EXTENSION] as const;

export async function exportArticleTo(api: NewsdeskApi, id: string, file: string): Promise<void> {
  const extension = path.extname(file).toLowerCase();
  let bytes: Buffer;
  if (extension === '.pdf') {
    bytes = Buffer.from((await api.print.article(id, { paper: 'A4', bleedMm: 0, cropMarks: false })).pdfBase64, 'base64');
  } else if (extension === PACKAGE_EXTENSION) {
    bytes = Buffer.from((await api.exchange.exportPackage(id)).data, 'base64');
  } else {
    throw NewsdeskError.of(
      msg('error.export.wrongKind', { file: path.basename(file), pdf: EXPORT_EXTENSIONS[0], package: EXPORT_EXTENSIONS[1] }),
    );
  }
  await writeOutputFile(file, bytes);
}
