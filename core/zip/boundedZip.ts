import { fromBuffer, type Entry, type ZipFile } from 'yauzl';

/**
 * What a zip that comes in (a `.newsdesk` package, a Word file) may hold. Sizes are counted while
 * inflating, not taken from the headers: a part is refused at the byte that takes it past its
 * limit or past the size it declared, so a zip bomb costs a moment and a few MB, never the memory.
 */
export interface ZipLimits {
  /** Entries the central directory may list (folders too: 60,000 empty ones cost as much to walk as files). */
  entries: number;
  /** The most one entry may inflate to. */
  entryBytes(name: string): number;
  /** The most all entries together may inflate to. */
  totalBytes: number;
  /** The names the zip may hold (all by default); a name that climbs out or is absolute is refused in any case. */
  allowsName?(name: string): boolean;
  /** Past this ratio of declared to compressed size, an entry of more than 1 MB is refused before it is inflated. */
  compressionRatio?: number;
}

/** Why a zip was refused: each reader says it in its own words. */
export type ZipProblem =
  | { kind: 'notZip' }
  | { kind: 'damaged' }
  | { kind: 'unsafeName'; detail: string }
  | { kind: 'tooManyEntries'; count: number }
  | { kind: 'nameNotAllowed'; name: string }
  | { kind: 'duplicate'; name: string }
  | { kind: 'declaredTooLarge'; name: string }
  | { kind: 'compressedTooWell'; name: string }
  | { kind: 'inflatesTooLarge'; name: string }
  | { kind: 'inflatesPastDeclared'; name: string }
  | { kind: 'totalTooLarge'; name: string };

export class ZipRefusal extends Error {
  constructor(readonly problem: ZipProblem) {
    super(`zip refused: ${problem.kind}`);
    this.name = 'ZipRefusal';
  }
}

/** Every file of the zip by name (folders left out), each checked against `limits`; throws a ZipRefusal. */
export async function readZip(bytes: Uint8Array, limits: ZipLimits): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  await walkZip(bytes, limits, (name, data) => files.set(name, data));
  return files;
}

/** Inflates every file of the zip against `limits`, keeping none of it; throws a ZipRefusal. */
export async function checkZip(bytes: Uint8Array, limits: ZipLimits): Promise<void> {
  await walkZip(bytes, limits, null);
}

/** Below this size an entry may compress as well as it likes (a page of spaces). */
const RATIO_CHECKED_ABOVE = 1024 * 1024;

async function walkZip(bytes: Uint8Array, limits: ZipLimits, keep: ((name: string, data: Buffer) => void) | null): Promise<void> {
  const zip = await openZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  try {
    // The central directory tells how many entries there are: too many is refused before any is read.
    if (zip.entryCount > limits.entries) throw new ZipRefusal({ kind: 'tooManyEntries', count: zip.entryCount });
    const seen = new Set<string>();
    let total = 0;
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const name = entry.fileName;
      if (name.endsWith('/')) continue;
      if (limits.allowsName && !limits.allowsName(name)) throw new ZipRefusal({ kind: 'nameNotAllowed', name });
      if (seen.has(name)) throw new ZipRefusal({ kind: 'duplicate', name });
      seen.add(name);
      const entryLimit = limits.entryBytes(name);
      if (entry.uncompressedSize > entryLimit) throw new ZipRefusal({ kind: 'declaredTooLarge', name });
      const ratio = limits.compressionRatio;
      if (
        ratio !== undefined &&
        entry.compressedSize > 0 &&
        entry.uncompressedSize > RATIO_CHECKED_ABOVE &&
        entry.uncompressedSize / entry.compressedSize > ratio
      ) {
        throw new ZipRefusal({ kind: 'compressedTooWell', name });
      }
      const data = await inflate(zip, entry, Math.min(entry.uncompressedSize, limits.totalBytes - total), keep !== null);
      if (data.size > entryLimit) throw new ZipRefusal({ kind: 'inflatesTooLarge', name });
      if (data.size > entry.uncompressedSize) throw new ZipRefusal({ kind: 'inflatesPastDeclared', name });
      if (total + data.size > limits.totalBytes) throw new ZipRefusal({ kind: 'totalTooLarge', name });
      if (data.size < entry.uncompressedSize) throw new ZipRefusal({ kind: 'damaged' });
      total += data.size;
      keep?.(name, Buffer.concat(data.chunks, data.size));
    }
  } catch (error) {
    if (error instanceof ZipRefusal) throw error;
    // yauzl's own refusal of a name: absolute, climbing out with "..", or holding a backslash.
    const message = (error as Error).message;
    const unsafe = /absolute path|invalid relative path|invalid characters/.test(message);
    throw new ZipRefusal(unsafe ? { kind: 'unsafeName', detail: message } : { kind: 'damaged' });
  } finally {
    zip.close();
  }
}

function openZip(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    // Sizes are counted here, against the limits; names with a backslash are refused, not rewritten.
    fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: false, strictFileNames: true }, (error, zip) =>
      error || !zip ? reject(new ZipRefusal({ kind: 'notZip' })) : resolve(zip),
    ),
  );
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

/** Inflates one entry, stopping as soon as it grows past `limit` (its size then tells by how much); kept only when asked. */
function inflate(zip: ZipFile, entry: Entry, limit: number, keep: boolean): Promise<{ size: number; chunks: Buffer[] }> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error ?? new Error('no stream'));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (keep) chunks.push(chunk);
        if (size > limit) {
          stream.destroy();
          resolve({ size, chunks });
        }
      });
      stream.on('end', () => resolve({ size, chunks }));
      stream.on('error', reject);
    });
  });
}
