// Shapes a library for tests/e2e/library-durability.spec.ts: the sample article gets a second
// revision with a changed title and caption, and another article's file is damaged on disk.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { coreText } from '../../../core/i18n/coreMessages.ts';
import { openNewsdesk } from '../../../core/newsdesk.ts';
import { sampleId, SEEDS_DIR, SUBMITTED_SAMPLE } from '../../helpers/sampleNewsroom.ts';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: editedSampleWithDamagedArticle.ts DATA_DIR');
const newsdesk = await openNewsdesk({
  dataDir,
  seedsDir: SEEDS_DIR,
  demoPassword: process.env.NEWSDESK_DEMO_PASSWORD,
  notice: (message) => console.error(coreText('vi', message)),
});
const article = await newsdesk.articles.get(await sampleId(newsdesk));
const damagedId = await sampleId(newsdesk, SUBMITTED_SAMPLE);
const [first, image, ...rest] = article.body.root.children;
await newsdesk.articles.save(
  {
    ...article,
    // A correction: the published article back to a draft, so its text may change (and be restored).
    state: 'draft',
    transitions: [
      ...(article.transitions ?? []),
      { action: 'correct', from: 'published', to: 'draft', by: 'bientap', at: new Date().toISOString() },
    ],
    title: `${article.title} (bản sửa)`,
    body: {
      root: { ...article.body.root, children: [first!, { ...image!, caption: 'Chủ tịch UBND tỉnh phát biểu kết luận Hội nghị' }, ...rest] },
    },
  },
  { by: 'bientap', reason: 'transition', note: 'biên tập tiêu đề' },
);
await newsdesk.close();
await writeFile(join(dataDir, 'articles', `${damagedId}.json`), '{"title": "Nâng cao chất lượng', 'utf8');
