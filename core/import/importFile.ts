import { extname } from 'node:path';
import { NewsdeskError } from '../api.ts';
import { ArticleSchema, type Article } from '../model/article.ts';
import { bodyLengthRefusal } from '../model/inputLimits.ts';
import { IMPORT_EXTENSIONS, type ImportExtension } from '../model/fileKinds.ts';
import { msg } from '../i18n/coreMessages.ts';
import type { DraftAuthor } from '../model/newArticle.ts';
import type { ArticleStore } from '../store/ArticleStore.ts';
import type { AssetStore } from '../store/AssetStore.ts';
import type { Importer } from './importer.ts';
import { importArticleJson } from './jsonImporter.ts';
import { importText } from './textImporter.ts';
import type { EncodingChoice } from '../vietnamese/encodingChoice.ts';

/** One importer per file extension; a new kind of file is one more line here. */
const IMPORTERS: Record<ImportExtension, Importer> = {
  // Word's reader (mammoth) is large: loaded only when a Word file comes in, not by every command and window.
  '.docx': async (...args) => (await import('./docxImporter.ts')).importDocx(...args),
  '.json': importArticleJson,
  '.txt': importText,
};

export const IMPORTABLE_EXTENSIONS: readonly string[] = IMPORT_EXTENSIONS;

export interface ImportTarget {
  articles: ArticleStore;
  assets: AssetStore;
  author: DraftAuthor | null;
  /** How legacy Vietnamese text in the file is read; `auto` when not given. */
  encoding?: EncodingChoice;
}

/**
 * Reads a file into a new article of the library. The whole file is read and checked before
 * anything is written, so a bad file changes nothing; then its photos are stored, then the article.
 */
export async function importFile(bytes: Uint8Array, fileName: string, target: ImportTarget): Promise<Article> {
  const extension = extname(fileName).toLowerCase();
  const importer = (IMPORT_EXTENSIONS as readonly string[]).includes(extension) ? IMPORTERS[extension as ImportExtension] : undefined;
  if (!importer) {
    throw NewsdeskError.of(msg('error.import.onlyKinds', { file: fileName, kinds: IMPORTABLE_EXTENSIONS.join(', ') }));
  }
  const { article, photos } = await importer(bytes, fileName, {
    assets: target.assets,
    author: target.author,
    isTaken: (id) => target.articles.has(id),
    now: new Date(),
    encoding: target.encoding ?? 'auto',
  });
  const checked = ArticleSchema.parse(article);
  const tooLong = bodyLengthRefusal(checked.body);
  if (tooLong) throw NewsdeskError.of(msg('error.import.refused', { file: fileName, reason: tooLong }));
  for (const photo of photos) await target.assets.store(photo);
  return target.articles.save(checked);
}
