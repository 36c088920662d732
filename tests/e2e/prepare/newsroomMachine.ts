// Shapes one workstation's library for tests/e2e/newsroom-across-machines.spec.ts: the newsroom's
// portal address set (as the administrator does once) and, when a title is given, a reporter's own
// draft ready to submit (the sample article's text, not a sample).
import { randomUUID } from 'node:crypto';
import { coreText } from '../../../core/i18n/coreMessages.ts';
import { openNewsdesk } from '../../../core/newsdesk.ts';
import { DEFAULT_PORTAL_SETTINGS } from '../../../core/model/portalSettings.ts';
import { writePortalSettings } from '../../../core/portal/portalSettingsFile.ts';
import { sampleId, SEEDS_DIR } from '../../helpers/sampleNewsroom.ts';

const [dataDir, portal, title] = process.argv.slice(2);
if (!dataDir || !portal) throw new Error('usage: newsroomMachine.ts DATA_DIR PORTAL_URL [DRAFT_TITLE]');
const { articles, close } = await openNewsdesk({
  dataDir,
  seedsDir: SEEDS_DIR,
  demoPassword: process.env.NEWSDESK_DEMO_PASSWORD,
  notice: (message) => console.error(coreText('vi', message)),
});
await writePortalSettings(dataDir, { ...DEFAULT_PORTAL_SETTINGS, baseUrl: portal });
if (title) {
  const { sample: _sample, portal: _portal, ...article } = await articles.get(await sampleId({ articles }));
  await articles.save(
    { ...article, id: randomUUID(), title, state: 'draft', transitions: [], author: 'bichdiep' },
    { by: 'bichdiep', reason: 'create' },
  );
}
await close();
