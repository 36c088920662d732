import { ZipFile } from 'yazl';
import type { Article } from '../model/article.ts';
import { articlePhotoAssets } from '../model/photos.ts';
import type { RevisionMeta } from '../model/revision.ts';
import { PACKAGE_FORMAT, PACKAGE_VERSION } from './packageFormat.ts';

/** Builds the `.newsdesk` zip of an article in memory. */
export async function buildPackage(
  article: Article,
  revisions: RevisionMeta[],
  readAsset: (name: string) => Promise<Buffer>,
  /** The newsroom's spell-check words, carried along for the newsroom that imports the package. */
  newsroomWords: readonly string[] = [],
): Promise<Buffer> {
  const zip = new ZipFile();
  const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
  zip.addBuffer(json({ format: PACKAGE_FORMAT, version: PACKAGE_VERSION, exportedAt: new Date().toISOString() }), 'manifest.json');
  zip.addBuffer(json(article), 'article.json');
  zip.addBuffer(json(revisions), 'revisions.json');
  if (newsroomWords.length > 0) zip.addBuffer(json(newsroomWords), 'newsroom-dictionary.json');
  for (const name of articlePhotoAssets(article)) zip.addBuffer(await readAsset(name), `assets/${name}`, { compress: false });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
