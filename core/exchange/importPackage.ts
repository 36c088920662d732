import { isDeepStrictEqual } from 'node:util';
import type { Stores } from '../newsdesk.ts';
import type { Article } from '../model/article.ts';
import type { ImportedPackage } from '../model/exchange.ts';
import { readPackage } from './readPackage.ts';

/**
 * Brings a `.newsdesk` package into the library. The package is checked whole first, so a bad one
 * changes nothing; the same package twice gives the same article once, and a changed copy of an
 * article already here becomes a new revision of it rather than a duplicate.
 */
export async function importPackage(
  stores: Stores,
  bytes: Buffer,
  by: string,
  /** Throws when the article, as packed or as it is here, may not be written by whoever imports. */
  checkAllowed: (incoming: Article, here: Article | null) => void = () => undefined,
): Promise<ImportedPackage> {
  const { article, assets, newsroomWords } = await readPackage(bytes, {
    assetInLibrary: (name) => stores.assets.has(name),
    preparePhoto: (data, name) => stores.assets.prepare(data, name),
  });
  const existing = stores.articles.has(article.id) ? await stores.articles.get(article.id) : null;
  checkAllowed(article, existing);
  await stores.writingAids.addWords(newsroomWords);
  if (existing && isDeepStrictEqual(existing, article)) return { id: article.id, outcome: 'unchanged' };
  for (const photo of assets.values()) await stores.assets.store(photo);
  await stores.articles.save(article, { by, reason: 'import', note: 'nhập từ gói .newsdesk' });
  return { id: article.id, outcome: existing ? 'updated' : 'created' };
}
