// Child process for the crash test: saves one article through the store, generation after
// generation, printing "ack N" once save N has returned, until it is killed. With `transition`,
// each save is a workflow step, which opens a new revision (an edit folds into the last one).
import { ArticleStore } from '../../core/store/ArticleStore.ts';
import { sampleArticle } from './sampleNewsroom.ts';

const [dataDir, kind] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: saveForever.ts DATA_DIR [transition]');
const store = await ArticleStore.open(dataDir);
// The same article every run: the one a killed run left, else the sample.
const [saved] = store.list();
const article = saved ? await store.get(saved.id) : await sampleArticle();
for (let generation = 1; ; generation++) {
  const next = { ...article, title: `Bản ${generation}`, updatedAt: new Date().toISOString() };
  await store.save(next, kind === 'transition' ? { by: article.author, reason: 'transition' } : { by: article.author });
  process.stdout.write(`ack ${generation}\n`);
}
