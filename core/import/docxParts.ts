import { NewsdeskError } from '../api.ts';
import { INPUT_LIMITS } from '../model/inputLimits.ts';
import { type CoreMessage, msg } from '../i18n/coreMessages.ts';
import { checkZip, ZipRefusal, type ZipLimits, type ZipProblem } from '../zip/boundedZip.ts';

const MB = 1024 * 1024;

/** What a Word file may hold: the limits on its parts, for every reader of it. */
export const DOCX_ZIP: ZipLimits = {
  entries: INPUT_LIMITS.zipEntries,
  entryBytes: () => INPUT_LIMITS.docxPartBytes,
  totalBytes: INPUT_LIMITS.docxTotalBytes,
};

/**
 * Inflates every part of a Word file once, counting bytes as they come and keeping none, before
 * the converter reads it: a part that grows past its declared size or past the limit, too many
 * parts, or too much in all is refused at that byte, in well under a second and a few MB of memory
 * (a zip bomb would otherwise be found only after it filled the memory).
 */
export async function checkDocxParts(bytes: Uint8Array, fileName: string): Promise<void> {
  try {
    await checkZip(bytes, DOCX_ZIP);
  } catch (error) {
    if (!(error instanceof ZipRefusal)) throw error;
    const reason = limitPassed(error.problem);
    // Not a zip, or a damaged one: the converter says so in its own words.
    if (reason) throw NewsdeskError.of(msg('error.import.refused', { file: fileName, reason }));
  }
}

/** The limit a Word file went past, or null when it is not one that reads. */
function limitPassed(problem: ZipProblem): CoreMessage | null {
  switch (problem.kind) {
    case 'tooManyEntries':
      return msg('error.import.tooManyParts', { count: problem.count, limit: INPUT_LIMITS.zipEntries });
    case 'declaredTooLarge':
      return msg('error.import.partTooLarge', { part: problem.name, limit: INPUT_LIMITS.docxPartBytes / MB });
    case 'inflatesTooLarge':
      return msg('error.import.partInflatesTooLarge', { part: problem.name, limit: INPUT_LIMITS.docxPartBytes / MB });
    case 'inflatesPastDeclared':
      return msg('error.import.partLies', { part: problem.name });
    case 'totalTooLarge':
      return msg('error.import.totalTooLarge', { limit: INPUT_LIMITS.docxTotalBytes / MB });
    default:
      return null;
  }
}
