import type { Stores } from '../stores.ts';
import type { ImportedPackage } from '../model/exchange.ts';
import { sameContent } from '../model/recovery.ts';
import { admitPackagedArticle, type Importer } from './admitPackagedArticle.ts';
import { readPackage } from './readPackage.ts';

/**
 * Brings a `.newsdesk` package into the library. The package is checked whole first, so a bad one
 * changes nothing; the same package twice gives the same article once, and a changed copy of an
 * article already here becomes a new revision of it rather than a duplicate. What it brings is
 * content: the state and history are the importing person's (see `admitPackagedArticle`).
 */
export async function importPackage(
  stores: Stores,
  bytes: Buffer,
  importer: Omit<Importer, 'rules' | 'now'> & { by: string },
): Promise<ImportedPackage> {
  const {
    article: packaged,
    assets,
    newsroomWords,
  } = await readPackage(bytes, {
    assetInLibrary: (name) => stores.assets.has(name),
    preparePhoto: (data, name) => stores.assets.prepare(data, name),
  });
  const here = stores.articles.has(packaged.id) ? await stores.articles.get(packaged.id) : null;
  const article = admitPackagedArticle(packaged, here, { user: importer.user, rules: stores.newsroom.current, now: new Date() });
  await stores.writingAids.addWords(newsroomWords);
  if (here && sameContent(here, packaged)) return { id: packaged.id, outcome: 'unchanged' };
  for (const photo of assets.values()) await stores.assets.store(photo);
  await stores.articles.save(article, { by: importer.by, reason: 'import', note: 'nhập từ gói .newsdesk' });
  return { id: article.id, outcome: here ? 'updated' : 'created' };
}
