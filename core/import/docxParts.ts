import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import { NewsdeskError } from '../api.ts';
import { INPUT_LIMITS } from '../model/inputLimits.ts';
import { type CoreMessage, msg } from '../i18n/coreMessages.ts';

const MB = 1024 * 1024;

/**
 * Inflates every part of a Word file once, counting bytes as they come and keeping none, before
 * the converter reads it: a part that grows past its declared size or past the limit, too many
 * parts, or too much in all is refused at that byte, in well under a second and a few MB of memory
 * (a zip bomb would otherwise be found only after it filled the memory).
 */
export async function checkDocxParts(bytes: Uint8Array, fileName: string): Promise<void> {
  const refuse = (reason: CoreMessage) => NewsdeskError.of(msg('error.import.refused', { file: fileName, reason }));
  const zip = await new Promise<ZipFile | null>((resolve) =>
    fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, validateEntrySizes: false },
      (error, opened) => resolve(error ? null : opened),
    ),
  );
  // Not a zip at all: the converter says so in its own words.
  if (!zip) return;
  try {
    if (zip.entryCount > INPUT_LIMITS.zipEntries)
      throw refuse(msg('error.import.tooManyParts', { count: zip.entryCount, limit: INPUT_LIMITS.zipEntries }));
    let total = 0;
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      if (entry.fileName.endsWith('/')) continue;
      const limit = Math.min(entry.uncompressedSize, INPUT_LIMITS.docxPartBytes);
      if (entry.uncompressedSize > INPUT_LIMITS.docxPartBytes) {
        throw refuse(msg('error.import.partTooLarge', { part: entry.fileName, limit: INPUT_LIMITS.docxPartBytes / MB }));
      }
      const size = await inflatedSize(zip, entry, limit);
      if (size > limit) {
        throw refuse(
          size > INPUT_LIMITS.docxPartBytes
            ? msg('error.import.partInflatesTooLarge', { part: entry.fileName, limit: INPUT_LIMITS.docxPartBytes / MB })
            : msg('error.import.partLies', { part: entry.fileName }),
        );
      }
      total += size;
      if (total > INPUT_LIMITS.docxTotalBytes) throw refuse(msg('error.import.totalTooLarge', { limit: INPUT_LIMITS.docxTotalBytes / MB }));
    }
  } finally {
    zip.close();
  }
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const done = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: Entry) => (done(), resolve(entry));
    const onEnd = () => (done(), resolve(null));
    const onError = (error: Error) => (done(), reject(error));
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/** How many bytes the entry inflates to, stopping one past `limit`; a damaged entry counts as what it gave. */
function inflatedSize(zip: ZipFile, entry: Entry, limit: number): Promise<number> {
  return new Promise((resolve) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return resolve(0);
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) {
          stream.destroy();
          resolve(size);
        }
      });
      stream.on('end', () => resolve(size));
      stream.on('error', () => resolve(size));
    });
  });
}
