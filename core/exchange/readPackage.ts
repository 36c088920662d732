import { NewsdeskError } from '../api.ts';
import { ArticleSchema, type Article } from '../model/article.ts';
import { bodyLengthRefusal, depthRefusal } from '../model/inputLimits.ts';
import { type CoreMessage, msg } from '../i18n/coreMessages.ts';
import { articlePhotoAssets } from '../model/photos.ts';
import type { RevisionMeta } from '../model/revision.ts';
import type { PreparedPhoto } from '../store/AssetStore.ts';
import { readZip, ZipRefusal, type ZipLimits, type ZipProblem } from '../zip/boundedZip.ts';
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

const PACKAGE_ZIP: ZipLimits = {
  entries: LIMITS.entries,
  entryBytes: (name) => (name.endsWith('.json') ? LIMITS.jsonBytes : LIMITS.entryBytes),
  totalBytes: LIMITS.totalBytes,
  allowsName: (name) => PACKAGE_ENTRY.test(name),
  compressionRatio: LIMITS.compressionRatio,
};

async function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  try {
    return await readZip(bytes, PACKAGE_ZIP);
  } catch (error) {
    throw error instanceof ZipRefusal ? refuse(zipReason(error.problem)) : error;
  }
}

function zipReason(problem: ZipProblem): CoreMessage {
  switch (problem.kind) {
    case 'notZip':
      return msg('error.package.notZip');
    case 'damaged':
    case 'inflatesPastDeclared':
      return msg('error.package.damagedZip');
    case 'unsafeName':
      return msg('error.package.unsafeName', { detail: problem.detail });
    case 'tooManyEntries':
      return msg('error.package.tooManyFilesCounted', { count: problem.count, limit: LIMITS.entries });
    case 'nameNotAllowed':
      return msg('error.package.nameNotAllowed', { name: problem.name });
    case 'duplicate':
      return msg('error.package.duplicate', { name: problem.name });
    case 'declaredTooLarge':
      return msg('error.package.entryTooLarge', { name: problem.name });
    case 'compressedTooWell':
      return msg('error.package.zipBomb', { name: problem.name });
    case 'inflatesTooLarge':
    case 'totalTooLarge':
      return msg('error.package.inflatesTooLarge', { name: problem.name });
  }
}
