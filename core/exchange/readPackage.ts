import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import { NewsdeskError } from '../api.ts';
import { ArticleSchema, type Article } from '../model/article.ts';
import { bodyLengthRefusal, depthRefusal } from '../model/inputLimits.ts';
import { type CoreMessage, msg } from '../i18n/coreMessages.ts';
import { articlePhotoAssets } from '../model/photos.ts';
import type { RevisionMeta } from '../model/revision.ts';
import type { PreparedPhoto } from '../store/AssetStore.ts';
import { LIMITS, ManifestSchema, PACKAGE_ENTRY, PACKAGE_VERSION, PackageRevisionsSchema, PackageWordsSchema } from './packageFormat.ts';

export interface PackageContent {
  article: Article;
  revisions: RevisionMeta[];
  /** Photos by asset name, each checked as the asset store checks a new photo, and found to be that very photo. */
  assets: Map<string, PreparedPhoto>;
  /** The exporting newsroom's spell-check words (empty when the package has none). */
  newsroomWords: string[];
}

export interface PackageChecks {
  assetInLibrary(name: string): Promise<boolean>;
  /** The asset store's own check of a photo (type, size, GPS removed) and the name it would get. */
  preparePhoto(bytes: Uint8Array, name: string): Promise<PreparedPhoto>;
}

const refuse = (reason: CoreMessage) => NewsdeskError.of(msg('error.package.invalid', { reason }));

/**
 * Reads and checks a whole package in memory before anything is written: names, sizes (counted
 * while inflating, not taken from the headers), compression ratio, schema, photo hashes, and that
 * every photo the article shows is there or already in the library.
 */
export async function readPackage(bytes: Buffer, checks: PackageChecks): Promise<PackageContent> {
  if (bytes.length > LIMITS.packageBytes) throw refuse(msg('error.package.tooLarge'));
  const files = await unzip(bytes);
  const manifest = ManifestSchema.safeParse(parseJson(files, 'manifest.json'));
  if (!manifest.success) throw refuse(msg('error.package.manifest'));
  if (manifest.data.version > PACKAGE_VERSION) throw refuse(msg('error.package.newerVersion', { version: manifest.data.version }));
  const article = ArticleSchema.safeParse(parseJson(files, 'article.json'));
  if (!article.success) {
    const issue = article.error.issues[0];
    throw refuse(msg('error.package.badArticle', { path: issue?.path.join('.') || msg('name.root'), detail: issue?.message ?? '' }));
  }
  const tooLong = bodyLengthRefusal(article.data.body);
  if (tooLong) throw refuse(tooLong);
  const revisions = PackageRevisionsSchema.safeParse(files.has('revisions.json') ? parseJson(files, 'revisions.json') : []);
  if (!revisions.success) throw refuse(msg('error.package.badStructure', { file: 'revisions.json' }));
  const words = PackageWordsSchema.safeParse(files.has('newsroom-dictionary.json') ? parseJson(files, 'newsroom-dictionary.json') : []);
  if (!words.success) throw refuse(msg('error.package.badStructure', { file: 'newsroom-dictionary.json' }));

  const assets = new Map<string, PreparedPhoto>();
  for (const [name, data] of files) {
    if (!name.startsWith('assets/')) continue;
    const asset = name.slice('assets/'.length);
    let photo: PreparedPhoto | null;
    try {
      photo = await checks.preparePhoto(data, asset);
    } catch (error) {
      // A photo past a limit (20,000 × 20,000 pixels) is refused with the limit named; anything else reads as damage.
      const limit = error instanceof NewsdeskError && error.key === 'error.photo.refused' ? error.params?.reason : undefined;
      if (limit && typeof limit === 'object' && !Array.isArray(limit))
        throw refuse(msg('error.package.photoRefused', { name: asset, reason: limit }));
      photo = null;
    }
    if (photo?.name !== asset) throw refuse(msg('error.package.photoDamaged', { name: asset }));
    assets.set(asset, photo);
  }
  for (const asset of articlePhotoAssets(article.data)) {
    if (!assets.has(asset) && !(await checks.assetInLibrary(asset))) throw refuse(msg('error.package.photoMissing', { name: asset }));
  }
  return { article: article.data, revisions: revisions.data, assets, newsroomWords: words.data };
}

function parseJson(files: Map<string, Buffer>, name: string): unknown {
  const data = files.get(name);
  if (!data) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(data.toString('utf8'));
  } catch {
    throw refuse(msg('error.package.notJson', { file: name }));
  }
  const tooDeep = depthRefusal(value);
  if (tooDeep) throw refuse(msg('error.package.inFile', { file: name, reason: tooDeep }));
  return value;
}

function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (error, zip) => {
      if (error || !zip) return reject(refuse(msg('error.package.notZip')));
      // The central directory tells how many entries there are: too many is refused before any is read.
      if (zip.entryCount > LIMITS.entries) {
        zip.close();
        return reject(refuse(msg('error.package.tooManyFilesCounted', { count: zip.entryCount, limit: LIMITS.entries })));
      }
      readEntries(zip).then(resolve, (e: unknown) => {
        zip.close();
        if (e instanceof NewsdeskError) return reject(e);
        const unsafeName = /absolute path|relative path|invalid characters/.exec((e as Error).message);
        reject(refuse(unsafeName ? msg('error.package.unsafeName', { detail: (e as Error).message }) : msg('error.package.damagedZip')));
      });
    });
  });
}

async function readEntries(zip: ZipFile): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  let total = 0;
  let seen = 0;
  for (;;) {
    const entry = await nextEntry(zip);
    if (!entry) return files;
    const name = entry.fileName;
    // Folders count too: 60,000 empty ones cost as much to walk as 60,000 files.
    if (++seen > LIMITS.entries) throw refuse(msg('error.package.tooManyFiles', { limit: LIMITS.entries }));
    if (name.endsWith('/')) continue;
    if (!PACKAGE_ENTRY.test(name)) throw refuse(msg('error.package.nameNotAllowed', { name }));
    if (files.has(name)) throw refuse(msg('error.package.duplicate', { name }));
    const limit = name.endsWith('.json') ? LIMITS.jsonBytes : LIMITS.entryBytes;
    if (entry.uncompressedSize > limit) throw refuse(msg('error.package.entryTooLarge', { name }));
    if (
      entry.compressedSize > 0 &&
      entry.uncompressedSize / entry.compressedSize > LIMITS.compressionRatio &&
      entry.uncompressedSize > 1024 * 1024
    ) {
      throw refuse(msg('error.package.zipBomb', { name }));
    }
    const data = await readEntry(zip, entry, Math.min(limit, LIMITS.totalBytes - total));
    total += data.length;
    files.set(name, data);
  }
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: Entry) => (cleanup(), resolve(entry));
    const onEnd = () => (cleanup(), resolve(null));
    const onError = (error: Error) => (cleanup(), reject(error));
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/** Inflates one entry, stopping as soon as it grows past `limit` whatever its header claimed. */
function readEntry(zip: ZipFile, entry: Entry, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error ?? new Error('no stream'));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) {
          stream.destroy();
          reject(refuse(msg('error.package.inflatesTooLarge', { name: entry.fileName })));
        } else chunks.push(chunk);
      });
      stream.on('end', () => resolve(Buffer.concat(chunks)));
      stream.on('error', reject);
    });
  });
}
