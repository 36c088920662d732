// Shapes a library for tests/e2e/sync.spec.ts: the sample article (the one with a photo) approved, as if an
// editor had approved it, and made a newsroom article of its own (samples never go to a portal).
import { coreText } from '../../../core/i18n/coreMessages.ts';
import { openNewsdesk } from '../../../core/newsdesk.ts';
import { sampleId, SEEDS_DIR } from '../../helpers/sampleNewsroom.ts';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: approvedSampleOnly.ts DATA_DIR');
const { articles, close } = await openNewsdesk({
  dataDir,
  seedsDir: SEEDS_DIR,
  demoPassword: process.env.NEWSDESK_DEMO_PASSWORD,
  notice: (message) => console.error(coreText('vi', message)),
});
// The newsroom's own approved sample stays approved: a sample, it is never offered to the portal.
const { sample: _sample, ...article } = await articles.get(await sampleId({ articles }));
await articles.save({ ...article, state: 'approved' });
await close();
