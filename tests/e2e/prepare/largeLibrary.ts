// Shapes a library of 3,000 articles for tests/e2e/library-scale.spec.ts, written straight to disk
// (the store indexes them when `serve` opens the folder).
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openNewsdesk } from '../../../core/newsdesk.ts';
import { sampleId, SEEDS_DIR } from '../../helpers/sampleNewsroom.ts';

const COUNT = 3000;
const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: largeLibrary.ts DATA_DIR');
const newsdesk = await openNewsdesk({ dataDir, seedsDir: SEEDS_DIR, demoPassword: process.env.NEWSDESK_DEMO_PASSWORD, notice: () => {} });
const sample = await newsdesk.articles.get(await sampleId(newsdesk));
await newsdesk.close();
for (let i = 1; i <= COUNT; i++) {
  const article = {
    ...sample,
    id: randomUUID(),
    title: `Bản tin số ${i}`,
    updatedAt: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(),
  };
  await writeFile(join(dataDir, 'articles', `${article.id}.json`), JSON.stringify(article));
}
