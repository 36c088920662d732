import { NewsdeskError, type NewsdeskApi } from '../api.ts';
import type { PrintedFile } from '../model/print.ts';
import type { PrintedPdf } from '../pdf/printJob.ts';
import { fileNameFor, type Printer } from './printer.ts';
import type { Session } from './sessionService.ts';
import { msg } from '../i18n/coreMessages.ts';

/** Bulletins are the communications officers' work (and the administrator's). */
const BULLETIN_ROLES = new Set(['communications', 'admin']);

export function printService(printer: Printer, session: Session): NewsdeskApi['print'] {
  const requireBulletinRole = () => {
    const user = session.requireUser();
    if (!BULLETIN_ROLES.has(user.role)) throw NewsdeskError.of(msg('error.print.communicationsOnly'), 'forbidden');
  };
  return {
    async article(id, options) {
      session.requireUser();
      const { article, printed } = await printer.article(id, options);
      return asFile(fileNameFor(article.title, '.pdf'), printed);
    },
    async preflight(id) {
      session.requireUser();
      const { printed } = await printer.article(id, { paper: 'A4', bleedMm: 0, cropMarks: false });
      return printed.warnings;
    },
    async bulletin(options) {
      requireBulletinRole();
      const printed = await printer.bulletin(options);
      const name = options.issue !== '' ? `${options.title} so ${options.issue}` : `${options.title} ${options.date}`;
      return asFile(fileNameFor(name, '.pdf'), printed);
    },
    async articleWord(id) {
      session.requireUser();
      const { article, bytes } = await printer.articleWord(id);
      return { fileName: fileNameFor(article.title, '.docx'), docxBase64: Buffer.from(bytes).toString('base64') };
    },
    async bulletinWord(options) {
      requireBulletinRole();
      const bytes = await printer.bulletinWord(options);
      const name = options.issue !== '' ? `${options.title} so ${options.issue}` : `${options.title} ${options.date}`;
      return { fileName: fileNameFor(name, '.docx'), docxBase64: Buffer.from(bytes).toString('base64') };
    },
  };
}

function asFile(fileName: string, printed: PrintedPdf): PrintedFile {
  return {
    fileName,
    pdfBase64: Buffer.from(printed.bytes).toString('base64'),
    pageCount: printed.pages.length,
    warnings: printed.warnings,
  };
}
