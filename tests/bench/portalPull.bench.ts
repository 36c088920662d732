import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_PORTAL_SETTINGS } from '../../core/model/portalSettings.ts';
import { openSync } from '../../core/portal/openSync.ts';
import { SyncQueue } from '../../core/portal/SyncQueue.ts';
import { ArticleStore } from '../../core/store/ArticleStore.ts';
import { AssetStore } from '../../core/store/AssetStore.ts';
import { DevPortal } from '../../devportal/DevPortal.ts';
import { samplePhotoBytes } from '../helpers/devPortal.ts';
import type { Bench } from './run.ts';

const ARTICLES = 500;
const REPORTER = { name: 'phongvien', password: 'bench-reporter', role: 'reporter' as const };
const EDITOR = { name: 'bientap', password: 'bench-editor', role: 'editor' as const };

/** An editor's pull of a review queue of 500 submitted articles, each with its own photo; then a pull with nothing new. */
const bench: Bench = async (report) => {
  const root = await mkdtemp(join(tmpdir(), 'newsdesk-bench-pull-'));
  const portal = await DevPortal.start({ storeDir: join(root, 'portal'), users: [REPORTER, EDITOR] });
  try {
    await submitQueue(portal.origin, ARTICLES);
    const dataDir = join(root, 'editor');
    const articles = await ArticleStore.open(dataDir);
    let requests = 0;
    const pull = async () => {
      const engine = openSync({
        articles,
        assets: new AssetStore(join(dataDir, 'assets')),
        queue: await SyncQueue.open(dataDir),
        settings: { ...DEFAULT_PORTAL_SETTINGS, baseUrl: portal.origin, username: EDITOR.name },
        password: EDITOR.password,
        onRequest: () => requests++,
      });
      requests = 0;
      const start = performance.now();
      const pulled = await engine.pull();
      return { ms: performance.now() - start, requests, received: pulled.received };
    };

    const first = await pull();
    if (first.received !== ARTICLES) throw new Error(`bench: ${first.received} of ${ARTICLES} articles came in`);
    report({ name: 'portal.pull.queue_500.time', value: first.ms, unit: 'ms' });
    report({ name: 'portal.pull.queue_500.requests', value: first.requests, unit: 'requests' });
    const second = await pull();
    if (second.received !== 0) throw new Error('bench: a pull with nothing new took something in');
    report({ name: 'portal.pull.nothing_new.time', value: second.ms, unit: 'ms' });
    report({ name: 'portal.pull.nothing_new.requests', value: second.requests, unit: 'requests' });
    report({ name: 'portal.pull.nothing_new_vs_queue_500', value: second.ms / first.ms, unit: 'x' });
  } finally {
    await portal.close();
    await rm(root, { recursive: true, force: true });
  }
};
export default bench;

/** The reporter's submissions, sent straight to the portal: a photo each, then the node in review. */
async function submitQueue(origin: string, count: number): Promise<void> {
  const auth = `Basic ${Buffer.from(`${REPORTER.name}:${REPORTER.password}`).toString('base64')}`;
  const photo = await samplePhotoBytes();
  for (let i = 0; i < count; i++) {
    const upload = await fetch(`${origin}/jsonapi/node/article/field_image`, {
      method: 'POST',
      headers: { Authorization: auth, 'Content-Type': 'application/octet-stream', 'Content-Disposition': `file; filename="anh-${i}.jpg"` },
      body: Buffer.concat([photo, Buffer.from(`ảnh ${i}`)]),
    });
    const file = ((await upload.json()) as { data: { id: string; attributes: { uri: { url: string } } } }).data;
    const body =
      `<p>Nội dung bài số ${i + 1}: xã đạt chuẩn nông thôn mới.</p>\n` +
      `<img src="${file.attributes.uri.url}" data-entity-type="file" data-entity-uuid="${file.id}" data-caption="Ảnh bài ${i + 1} Ảnh: Phóng viên" alt="Cánh đồng" width="1200" height="800">\n` +
      `<p class="nd-byline" data-category="Nông thôn mới" data-dateline-place="UBND tỉnh" data-dateline-date="2021-02-25"><strong>Phóng viên</strong></p>`;
    const node = await fetch(`${origin}/jsonapi/node/article`, {
      method: 'POST',
      headers: { Authorization: auth, 'Content-Type': 'application/vnd.api+json' },
      body: JSON.stringify({
        data: {
          type: 'node--article',
          id: randomUUID(),
          attributes: {
            title: `Bài chờ duyệt số ${i + 1}`,
            body: { value: body, format: 'basic_html', summary: `Sapo bài số ${i + 1}` },
            moderation_state: 'needs_review',
            revision_log: 'Gửi duyệt',
          },
          relationships: {
            field_image: {
              data: { type: 'file--file', id: file.id, meta: { alt: 'Cánh đồng', title: `Ảnh bài ${i + 1} Ảnh: Phóng viên` } },
            },
          },
        },
      }),
    });
    if (node.status !== 201) throw new Error(`bench: submission ${i} refused (${node.status})`);
  }
}
