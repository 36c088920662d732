import { PortalRefusal } from './reply.ts';

/**
 * The upload's file name as Drupal's file upload resource reads it: the header is required, the
 * name must be in quotes, and the RFC 6266 `filename*=` form is refused.
 */
export function uploadFilename(header: string | undefined): string {
  if (!header) {
    throw new PortalRefusal(
      400,
      '"Content-Disposition" header is required. A file name in the format "filename=FILENAME" must be provided.',
    );
  }
  if (/filename\*/i.test(header)) {
    throw new PortalRefusal(400, 'The extended "filename*" format is currently not supported in the "Content-Disposition" header.');
  }
  const match = /filename\s*=\s*"([^"]+)"/i.exec(header);
  if (!match?.[1]) {
    throw new PortalRefusal(
      400,
      'No filename found in "Content-Disposition" header. A file name in the format "filename=FILENAME" must be provided.',
    );
  }
  const name = match[1].split(/[\\/]/).pop() ?? '';
  if (name === '' || name === '.' || name === '..')
    throw new PortalRefusal(400, 'The file name in the "Content-Disposition" header is invalid.');
  return name;
}
