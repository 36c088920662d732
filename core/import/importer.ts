import type { Article } from '../model/article.ts';
import type { DraftAuthor } from '../model/newArticle.ts';
import type { AssetStore, PreparedPhoto } from '../store/AssetStore.ts';
import type { EncodingChoice } from '../vietnamese/encodingChoice.ts';

export interface ImportContext {
  /** Checks and prepares photos; an importer never writes to the library itself. */
  assets: Pick<AssetStore, 'prepare' | 'has'>;
  /** Who is importing: the new article's author. Null on the command line without `--author`. */
  author: DraftAuthor | null;
  /** Whether the library already holds an article with this id. */
  isTaken(id: string): boolean;
  now: Date;
  /** How legacy Vietnamese text is read (TCVN3, VNI, VIQR); `auto` when not given. */
  encoding?: EncodingChoice;
}

/** What an importer read from a file: the article and the photos it needs, nothing stored yet. */
export interface ImportedArticle {
  article: Article;
  photos: PreparedPhoto[];
}

/** Reads one kind of file. Throws a `NewsdeskError` naming the problem when the file is not usable. */
export type Importer = (bytes: Uint8Array, fileName: string, context: ImportContext) => Promise<ImportedArticle>;
