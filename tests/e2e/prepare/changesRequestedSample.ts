// Shapes a library for tests/e2e/review-in-editor.spec.ts and screens.spec.ts: the reporter's sample
// article was sent for review, and the editor commented on two of its paragraphs and asked for changes,
// through the same services and rules as the app.
import { coreText } from '../../../core/i18n/coreMessages.ts';
import { openNewsdesk } from '../../../core/newsdesk.ts';
import { sampleId, SEEDS_DIR } from '../../helpers/sampleNewsroom.ts';

const [dataDir] = process.argv.slice(2);
const password = process.env.NEWSDESK_DEMO_PASSWORD;
if (!dataDir || !password) throw new Error('usage: NEWSDESK_DEMO_PASSWORD=… changesRequestedSample.ts DATA_DIR');
const { api, articles, close } = await openNewsdesk({
  dataDir,
  seedsDir: SEEDS_DIR,
  demoPassword: password,
  notice: (message) => console.error(coreText('vi', message)),
});
const sample = await articles.get(await sampleId({ articles }));
await articles.save({ ...sample, state: 'submitted', transitions: [] }, { by: 'bichdiep', reason: 'transition' });
await api.session.signIn({ username: 'bientap', password });
const excerpt = (block: number) => JSON.stringify(sample.body.root.children[block]).match(/"text":"([^"]{1,60})/)?.[1] ?? '';
await api.workflow.comment(sample.id, { text: 'Ghi rõ số xã đạt chuẩn năm 2020.', anchor: { block: 0, excerpt: excerpt(0) } });
await api.workflow.comment(sample.id, { text: 'Đoạn này cần dẫn nguồn số liệu.', anchor: { block: 2, excerpt: excerpt(2) } });
await api.workflow.transition(sample.id, 'request-changes', 'Bổ sung số liệu và nguồn trước khi duyệt.');
await api.session.signOut();
await close();
