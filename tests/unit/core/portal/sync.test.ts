import { describe, expect, it } from 'vitest';
import { SAMPLE_CAPTION, SAMPLE_TITLE, openSampleNewsroom } from '../../../helpers/sampleNewsroom.ts';
import { ADMIN, AUTHOR, basicAuth, manualClock, useDevPortals } from '../../../helpers/devPortal.ts';
import { approvedArticles, approveSample, recordedRetry, syncEngine } from '../../../helpers/portalSync.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import type { DevPortal } from '../../../../devportal/DevPortal.ts';
import { backoffDelay } from '../../../../core/portal/retry.ts';
import { coreText, reasonText } from '../../../../core/i18n/coreMessages.ts';

async function portalNode(portal: DevPortal, id: string) {
  const response = await fetch(`${portal.origin}/jsonapi/node/article/${id}`, {
    headers: { Authorization: basicAuth(), Accept: 'application/vnd.api+json' },
  });
  return (
    (await response.json()) as {
      data: {
        attributes: Record<string, unknown> & { body: { value: string; summary: string; format: string } };
        relationships: Record<string, { data: unknown }>;
      };
    }
  ).data;
}

async function editOnPortal(portal: DevPortal, id: string, title: string) {
  const response = await fetch(`${portal.origin}/jsonapi/node/article/${id}`, {
    method: 'PATCH',
    headers: { Authorization: basicAuth(), 'Content-Type': 'application/vnd.api+json' },
    body: JSON.stringify({ data: { type: 'node--article', id, attributes: { title } } }),
  });
  expect(response.status).toBe(200);
}

describe('sync to the portal', () => {
  const tempDir = useTempDirs();
  const startPortal = useDevPortals();

  it('publishes the sample article: photo first, body images in editor form, sapo, featured photo, tags; the article becomes published', async () => {
    const portal = await startPortal(await tempDir());
    const newsdesk = await openSampleNewsroom(await tempDir());
    const articleId = (await approveSample(newsdesk)).id;
    const requests: string[] = [];
    const engine = await syncEngine(newsdesk, portal, { requests });

    const [entry] = await engine.run(await engine.enqueue());
    expect(entry).toMatchObject({ articleId, status: 'published' });
    expect(requests[0]).toBe('POST /jsonapi/node/article/field_image');
    expect(portal.store.nodes.size).toBe(1);
    expect(portal.store.files.size).toBe(1);
    const file = [...portal.store.files.values()][0]!;
    expect(file.filename).toBe('dong-chi-ho-tien-thieu-chu-tich-ubnd-158457614e.jpg');

    const node = await portalNode(portal, articleId);
    expect(node.attributes).toMatchObject({ title: SAMPLE_TITLE, moderation_state: 'published', status: true });
    expect(node.attributes.body.format).toBe('basic_html');
    expect(node.attributes.body.summary).toMatch(/^Chiều 25\/2\/2021/);
    expect(node.attributes.body.value).toContain(
      `data-entity-type="file" data-entity-uuid="${file.uuid}" data-caption="${SAMPLE_CAPTION}"`,
    );
    expect(node.attributes.body.value).toContain('width="1200" height="800"');
    expect(node.relationships.field_image!.data).toMatchObject({
      id: file.uuid,
      meta: { title: SAMPLE_CAPTION, alt: expect.stringContaining('Hồ Tiến Thiệu') },
    });
    expect((node.relationships.field_tags!.data as unknown[]).length).toBe(3);
    expect([...portal.store.terms.values()].map((t) => t.name).sort()).toEqual(['UBND tỉnh', 'hội nghị trực tuyến', 'nông thôn mới']);

    const article = await newsdesk.articles.get(articleId);
    expect(article.state).toBe('published');
    // The publication is recorded as a workflow step made by the portal account that published it.
    expect(article.transitions?.at(-1)).toMatchObject({ action: 'publish', from: 'approved', to: 'published', by: ADMIN.name });
    expect((await newsdesk.articles.listRevisions(articleId)).at(-1)).toMatchObject({ reason: 'transition', by: ADMIN.name });
    expect(article.portal).toMatchObject({
      nid: 1,
      url: `${portal.origin}/node/1`,
      changed: node.attributes.changed,
      revision: node.attributes.drupal_internal__vid,
      moderationState: 'published',
    });

    const page = await (await fetch(article.portal!.url)).text();
    expect(page).toContain(`<h1>${SAMPLE_TITLE}</h1>`);
    expect(page).toContain(`<figcaption>${SAMPLE_CAPTION}</figcaption>`);
    expect(page).toContain('Bích Diệp');

    requests.length = 0;
    expect(await engine.run(await engine.enqueue())).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('(a) a POST whose answer is dropped after the portal committed it ends as one node, one file, one term each', async () => {
    const portal = await startPortal(await tempDir());
    const newsdesk = await openSampleNewsroom(await tempDir());
    const articleId = (await approveSample(newsdesk)).id;
    portal.faults
      .add({ method: 'POST', path: '/jsonapi/node/article/field_image', fault: { kind: 'drop-after-commit' } })
      .add({ method: 'POST', path: '/jsonapi/taxonomy_term/tags', fault: { kind: 'drop-after-commit' } })
      .add({ method: 'POST', path: '/jsonapi/node/article', fault: { kind: 'drop-after-commit' } });
    const requests: string[] = [];
    const engine = await syncEngine(newsdesk, portal, { requests });
    const [entry] = await engine.run(await engine.enqueue());
    expect(entry?.status).toBe('published');
    expect(portal.store.nodes.size).toBe(1);
    expect(portal.store.files.size).toBe(1);
    expect(portal.store.terms.size).toBe(3);
    expect(requests).toContain(`PATCH /jsonapi/node/article/${articleId}`);
    expect((await newsdesk.articles.get(articleId)).state).toBe('published');
  });

  it('(b) requests answered after the client gave up waiting are not repeated into duplicates', async () => {
    const portal = await startPortal(await tempDir());
    const newsdesk = await openSampleNewsroom(await tempDir());
    await approveSample(newsdesk);
    portal.faults
      .add({ method: 'POST', path: '/jsonapi/node/article/field_image', fault: { kind: 'delay-after-commit', ms: 600 } })
      .add({ method: 'POST', path: '/jsonapi/node/article', fault: { kind: 'delay-after-commit', ms: 600 } });
    const engine = await syncEngine(newsdesk, portal, { timeoutMs: 250 });
    // The first unanswered request holds the rest of its run; the next run finds what the portal did and goes on.
    let [entry] = await engine.run(await engine.enqueue());
    expect(entry?.status).toBe('waiting');
    expect(engine.held?.count).toBe(1);
    expect(coreText('vi', engine.held!.reason)).toMatch(/không trả lời trong 0,3 giây$/);
    for (let run = 0; run < 10 && entry?.status !== 'published'; run++) [entry] = await engine.run(await engine.enqueue());
    expect(entry?.status).toBe('published');
    expect(portal.store.nodes.size).toBe(1);
    expect(portal.store.files.size).toBe(1);
  });

  it('(c) honours Retry-After on 503 and retries 500 with growing, jittered waits', async () => {
    const portal = await startPortal(await tempDir());
    const newsdesk = await openSampleNewsroom(await tempDir());
    await approveSample(newsdesk);
    portal.faults
      .add({ method: 'POST', path: '/jsonapi/node/article/field_image', fault: { kind: 'status', status: 503, retryAfter: 7 } })
      .add({ method: 'POST', path: '/jsonapi/node/article', fault: { kind: 'status', status: 500 }, times: 2 });
    const waits: number[] = [];
    const engine = await syncEngine(newsdesk, portal, { retry: { ...recordedRetry(waits), baseMs: 100, random: () => 1 } });
    const [entry] = await engine.run(await engine.enqueue());
    expect(entry?.status).toBe('published');
    expect(waits[0]).toBeGreaterThanOrEqual(7000);
    expect(waits.slice(1)).toEqual([100, 200]);
    expect(backoffDelay(3, { ...recordedRetry(), baseMs: 100, random: () => 0 })).toBe(200);
    expect(portal.store.nodes.size).toBe(1);
    expect(portal.store.files.size).toBe(1);
  });

  it('(d) after the app stops mid-queue, re-opening the data folder resumes the queue: one node and one file per article', async () => {
    const portal = await startPortal(await tempDir());
    const dataDir = await tempDir();
    const first = await openSampleNewsroom(dataDir);
    const ids = await approvedArticles(first, 6);
    let sent = 0;
    let died: () => void = () => undefined;
    const dead = new Promise<void>((resolve) => (died = resolve));
    // The app "dies" right after the portal committed its 9th request: it never hears the answer and nothing after that point runs.
    // One request at a time, so that nothing else of the "dead" engine (which lives on in this process) runs either;
    // `newsdesk sync` killed for real with requests side by side is in syncCommand.test.ts.
    const dying: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (++sent < 9) return response;
      died();
      return new Promise<Response>(() => undefined);
    };
    const engine = await syncEngine(first, portal, { fetch: dying, settings: { concurrency: 1 } });
    void engine.run(await engine.enqueue());
    await dead;
    expect(portal.store.nodes.size).toBeLessThan(6);

    const reopened = await openSampleNewsroom(dataDir);
    const resumed = await syncEngine(reopened, portal);
    const entries = await resumed.run(await resumed.enqueue());
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.status === 'published')).toBe(true);
    for (const id of ids) expect((await reopened.articles.get(id)).state).toBe('published');
    expect(portal.store.nodes.size).toBe(6);
    expect(portal.store.files.size).toBe(6);
    expect(new Set([...portal.store.nodes.keys()])).toEqual(new Set(ids));
  });

  it('a read-only portal stops the batch with the message naming /admin/config/services/jsonapi', async () => {
    const portal = await startPortal(await tempDir(), { readOnly: true });
    const newsdesk = await openSampleNewsroom(await tempDir());
    await approvedArticles(newsdesk, 3);
    const requests: string[] = [];
    const engine = await syncEngine(newsdesk, portal, { requests });
    const entries = await engine.run(await engine.enqueue());
    expect(entries.map((e) => e.status)).toEqual(['failed', 'failed', 'failed']);
    expect(reasonText('vi', entries[0]!.reason!)).toBe(
      'cổng thông tin không nhận ghi dữ liệu: hãy bật quyền ghi ở /admin/config/services/jsonapi',
    );
    expect(requests).toHaveLength(1);
    expect((await newsdesk.articles.list({ state: 'approved' })).length).toBe(3);
  });

  it('gives the portal’s own detail for 401 and 422 and changes nothing', async () => {
    const portal = await startPortal(await tempDir());
    const newsdesk = await openSampleNewsroom(await tempDir());
    const articleId = (await approveSample(newsdesk)).id;
    const wrong = await syncEngine(newsdesk, portal, { password: 'sai-mật-khẩu' });
    const [refused] = await wrong.run(await wrong.enqueue());
    expect(refused).toMatchObject({ status: 'failed' });
    expect(reasonText('vi', refused!.reason!)).toMatch(/^cổng thông tin từ chối đăng nhập \(401\).*Unrecognized username or password\./);

    const author = await syncEngine(newsdesk, portal, { settings: { username: AUTHOR.name }, password: AUTHOR.password });
    const [invalid] = await author.run(await author.enqueue());
    expect(invalid?.status).toBe('failed');
    expect(reasonText('vi', invalid!.reason!)).toBe(
      'tài khoản cổng thông tin này không được chuyển bài từ "Bản nháp" sang "Đã đăng": cần quyền "use editorial transition publish" trên cổng',
    );
    expect(portal.store.nodes.size).toBe(0);
    expect((await newsdesk.articles.get(articleId)).state).toBe('approved');
  });

  it('a node under the article’s UUID that this library never created (409) is a conflict: nothing is written over until the user keeps theirs', async () => {
    const portal = await startPortal(await tempDir());
    const newsdesk = await openSampleNewsroom(await tempDir());
    const articleId = (await approveSample(newsdesk)).id;
    const earlier = await fetch(`${portal.origin}/jsonapi/node/article`, {
      method: 'POST',
      headers: { Authorization: basicAuth(), 'Content-Type': 'application/vnd.api+json' },
      body: JSON.stringify({ data: { type: 'node--article', id: articleId, attributes: { title: 'Bản của thư viện khác' } } }),
    });
    expect(earlier.status).toBe(201);
    const requests: string[] = [];
    const engine = await syncEngine(newsdesk, portal, { requests });
    const [entry] = await engine.run(await engine.enqueue());
    expect(entry?.status).toBe('conflict');
    expect(reasonText('vi', entry!.reason!)).toContain('thư viện này không tạo ra');
    expect(entry?.conflict?.theirs.title).toBe('Bản của thư viện khác');
    expect(requests.some((r) => r.startsWith('PATCH'))).toBe(false);
    expect((await portalNode(portal, articleId)).attributes.title).toBe('Bản của thư viện khác');
    expect((await newsdesk.articles.get(articleId)).state).toBe('approved');

    // A second sync does not write over it either; only the user's "keep mine" does, and still one node.
    expect(await engine.run(await engine.enqueue())).toEqual([]);
    expect((await portalNode(portal, articleId)).attributes.title).toBe('Bản của thư viện khác');
    await engine.resolve(articleId, 'keep-mine');
    const [kept] = await engine.run(await engine.enqueue());
    expect(kept?.status).toBe('published');
    expect(portal.store.nodes.size).toBe(1);
    expect((await portalNode(portal, articleId)).attributes.title).toBe(SAMPLE_TITLE);
  });

  it('detects a node changed on the portal since the last sync, overwrites nothing, then keeps mine or takes theirs', async () => {
    const clock = manualClock();
    const portal = await startPortal(await tempDir(), { now: clock.now });
    const newsdesk = await openSampleNewsroom(await tempDir());
    const articleId = (await approveSample(newsdesk)).id;
    const engine = await syncEngine(newsdesk, portal);
    await engine.run(await engine.enqueue());

    clock.advance(60);
    await editOnPortal(portal, articleId, 'Tiêu đề do cổng sửa');
    const published = await newsdesk.articles.get(articleId);
    await newsdesk.articles.save({ ...published, title: 'Tiêu đề đính chính', state: 'approved' });
    clock.advance(60);
    const [conflict] = await engine.run(await engine.enqueue());
    expect(conflict?.status).toBe('conflict');
    expect(conflict?.conflict?.theirs.title).toBe('Tiêu đề do cổng sửa');
    expect(conflict?.conflict?.mine.title).toBe('Tiêu đề đính chính');
    expect((await portalNode(portal, articleId)).attributes.title).toBe('Tiêu đề do cổng sửa');
    expect(await engine.run(await engine.enqueue())).toMatchObject([]);
    expect((await portalNode(portal, articleId)).attributes.title).toBe('Tiêu đề do cổng sửa');

    await engine.resolve(articleId, 'keep-mine');
    const [kept] = await engine.run(await engine.enqueue());
    expect(kept?.status).toBe('published');
    expect((await portalNode(portal, articleId)).attributes.title).toBe('Tiêu đề đính chính');

    clock.advance(60);
    await editOnPortal(portal, articleId, 'Cổng sửa lần nữa');
    const again = await newsdesk.articles.get(articleId);
    await newsdesk.articles.save({ ...again, title: 'Đính chính lần hai', state: 'approved' });
    expect((await engine.run(await engine.enqueue()))[0]?.status).toBe('conflict');
    await engine.resolve(articleId, 'take-theirs');
    const taken = await newsdesk.articles.get(articleId);
    expect(taken).toMatchObject({ title: 'Cổng sửa lần nữa', state: 'published' });
    expect(taken.body.root.children.some((node) => node.type === 'image' && node.caption === SAMPLE_CAPTION)).toBe(true);
    expect((await portalNode(portal, articleId)).attributes.title).toBe('Cổng sửa lần nữa');
  });

  it('archives on the portal an article archived in Newsdesk', async () => {
    const portal = await startPortal(await tempDir());
    const newsdesk = await openSampleNewsroom(await tempDir());
    const articleId = (await approveSample(newsdesk)).id;
    const engine = await syncEngine(newsdesk, portal);
    await engine.run(await engine.enqueue());
    await newsdesk.articles.save({ ...(await newsdesk.articles.get(articleId)), state: 'archived' });
    const [entry] = await engine.run(await engine.enqueue());
    expect(entry).toMatchObject({ action: 'archive', status: 'archived' });
    expect((await portalNode(portal, articleId)).attributes).toMatchObject({ moderation_state: 'archived', status: false });
    expect((await newsdesk.articles.get(articleId)).portal?.moderationState).toBe('archived');
    expect(await engine.enqueue()).toEqual([]);
  });

  it('works the same with an OAuth2 bearer token and with a cookie session', async () => {
    for (const auth of ['oauth2', 'cookie'] as const) {
      const portal = await startPortal(await tempDir());
      const newsdesk = await openSampleNewsroom(await tempDir());
      await approveSample(newsdesk);
      const engine = await syncEngine(newsdesk, portal, { settings: { auth } });
      const [entry] = await engine.run(await engine.enqueue());
      expect(entry?.status, auth).toBe('published');
      expect(portal.store.nodes.size).toBe(1);
    }
    expect(ADMIN.name).toBe('admin');
  });
});
