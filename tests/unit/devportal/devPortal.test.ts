import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DevPortal } from '../../../devportal/DevPortal.ts';
import { ADMIN, AUTHOR, basicAuth, manualClock, samplePhotoBytes, useDevPortals } from '../../helpers/devPortal.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

const JSON_API = 'application/vnd.api+json';

interface Answer {
  status: number;
  headers: Headers;
  json: {
    data?: { id: string; attributes: Record<string, unknown>; relationships?: Record<string, { data: unknown }> };
    errors?: Array<{ status: string; title: string; detail: string; source?: { pointer: string } }>;
  };
}

async function call(
  portal: DevPortal,
  method: string,
  path: string,
  init: { json?: unknown; body?: Uint8Array | string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { Accept: JSON_API, Authorization: basicAuth(), ...init.headers };
  let body = init.body;
  if (init.json !== undefined) {
    headers['Content-Type'] ??= JSON_API;
    body = JSON.stringify(init.json);
  }
  const response = await fetch(`${portal.origin}${path}`, { method, headers, body });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : {},
  };
}

function article(id: string | undefined, attributes: Record<string, unknown> = {}, relationships?: Record<string, unknown>) {
  return {
    data: {
      type: 'node--article',
      ...(id ? { id } : {}),
      attributes: {
        title: 'Hội nghị nông thôn mới',
        body: { value: '<p>Nội dung</p>', format: 'basic_html', summary: 'Sapo' },
        ...attributes,
      },
      ...(relationships ? { relationships } : {}),
    },
  };
}

async function upload(portal: DevPortal, disposition: string | undefined, bytes: Uint8Array, headers: Record<string, string> = {}) {
  return call(portal, 'POST', '/jsonapi/node/article/field_image', {
    body: bytes,
    headers: {
      'Content-Type': 'application/octet-stream',
      ...(disposition === undefined ? {} : { 'Content-Disposition': disposition }),
      ...headers,
    },
  });
}

describe('the development portal answers as Drupal JSON:API with content moderation', () => {
  const tempDir = useTempDirs();
  const startPortal = useDevPortals();

  it('creates a node under the client UUID: 201 with Location, the same UUID again 409, a malformed one 422', async () => {
    const portal = await startPortal(await tempDir());
    const id = randomUUID();
    const created = await call(portal, 'POST', '/jsonapi/node/article', { json: article(id) });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`${portal.origin}/jsonapi/node/article/${id}`);
    expect(created.headers.get('content-type')).toBe(JSON_API);
    expect(created.json.data?.id).toBe(id);
    expect(created.json.data?.attributes.moderation_state).toBe('draft');
    expect(created.json.data?.attributes.status).toBe(false);

    const again = await call(portal, 'POST', '/jsonapi/node/article', { json: article(id) });
    expect(again.status).toBe(409);
    expect(again.json.errors?.[0]).toMatchObject({ status: '409', title: 'Conflict', detail: 'Conflict: Entity already exists.' });

    const malformed = await call(portal, 'POST', '/jsonapi/node/article', { json: article('not-a-uuid') });
    expect(malformed.status).toBe(422);
    expect(malformed.json.errors?.[0]?.source?.pointer).toBe('/data/id');
    expect(portal.store.nodes.size).toBe(1);
  });

  it('refuses a wrong media type with 415, and validation errors with 422 and a pointer', async () => {
    const portal = await startPortal(await tempDir());
    const wrongType = await call(portal, 'POST', '/jsonapi/node/article', {
      json: article(randomUUID()),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(wrongType.status).toBe(415);
    expect(wrongType.json.errors?.[0]?.status).toBe('415');

    const noTitle = await call(portal, 'POST', '/jsonapi/node/article', { json: article(randomUUID(), { title: '' }) });
    expect(noTitle.status).toBe(422);
    expect(noTitle.json.errors?.[0]).toMatchObject({ status: '422', source: { pointer: '/data/attributes/title' } });
    expect(noTitle.json.errors?.[0]?.detail).toMatch(/title/);

    const badField = await call(portal, 'POST', '/jsonapi/node/article', { json: article(randomUUID(), { field_subtitle: 'x' }) });
    expect(badField.json.errors?.[0]?.source?.pointer).toBe('/data/attributes/field_subtitle');
    expect(portal.store.nodes.size).toBe(0);
  });

  it('is read-only until an administrator allows writes: 405 with Allow: GET, reads still work', async () => {
    const portal = await startPortal(await tempDir(), { readOnly: true });
    const refused = await call(portal, 'POST', '/jsonapi/node/article', { json: article(randomUUID()) });
    expect(refused.status).toBe(405);
    expect(refused.headers.get('allow')).toBe('GET');
    expect(refused.json.errors?.[0]?.detail).toContain('/admin/config/services/jsonapi');
    expect((await call(portal, 'GET', '/jsonapi/node/article')).status).toBe(200);

    const form = await fetch(`${portal.origin}/admin/config/services/jsonapi`, {
      method: 'POST',
      headers: { Authorization: basicAuth(), 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'read_only=0',
      redirect: 'manual',
    });
    expect(form.status).toBe(303);
    expect((await call(portal, 'POST', '/jsonapi/node/article', { json: article(randomUUID()) })).status).toBe(201);
  });

  it('takes Basic credentials, refuses wrong ones with 401, and lets no anonymous write', async () => {
    const portal = await startPortal(await tempDir());
    const wrong = await call(portal, 'POST', '/jsonapi/node/article', {
      json: article(randomUUID()),
      headers: { Authorization: basicAuth({ name: 'admin', password: 'sai' }) },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Basic/);
    const anonymous = await fetch(`${portal.origin}/jsonapi/node/article`, {
      method: 'POST',
      headers: { 'Content-Type': JSON_API },
      body: JSON.stringify(article(randomUUID())),
    });
    expect(anonymous.status).toBe(401);
    expect(portal.store.nodes.size).toBe(0);
  });

  it('opens a cookie session from /user/login and wants the X-CSRF-Token of /session/token on every write (403 without it)', async () => {
    const portal = await startPortal(await tempDir());
    const login = await fetch(`${portal.origin}/user/login?_format=json`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: ADMIN.name, pass: ADMIN.password }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const token = await (await fetch(`${portal.origin}/session/token`, { headers: { Cookie: cookie } })).text();
    const send = (headers: Record<string, string>) =>
      call(portal, 'POST', '/jsonapi/node/article', {
        json: article(randomUUID()),
        headers: { Authorization: '', Cookie: cookie, ...headers },
      });

    const missing = await send({});
    expect(missing.status).toBe(403);
    expect(missing.json.errors?.[0]?.detail).toMatch(/X-CSRF-Token/);
    expect((await send({ 'X-CSRF-Token': 'wrong' })).status).toBe(403);
    expect((await send({ 'X-CSRF-Token': token })).status).toBe(201);
    const badLogin = await fetch(`${portal.origin}/user/login?_format=json`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'admin', pass: 'sai' }),
    });
    expect(badLogin.status).toBe(400);
  });

  it('gives OAuth2 bearer tokens for the password grant', async () => {
    const portal = await startPortal(await tempDir());
    const form = (password: string) =>
      new URLSearchParams({ grant_type: 'password', client_id: 'newsdesk', username: ADMIN.name, password }).toString();
    const refused = await fetch(`${portal.origin}/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form('sai'),
    });
    expect(refused.status).toBe(400);
    const granted = (await (
      await fetch(`${portal.origin}/oauth/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: form(ADMIN.password),
      })
    ).json()) as { access_token: string; token_type: string };
    expect(granted.token_type).toBe('Bearer');
    const created = await call(portal, 'POST', '/jsonapi/node/article', {
      json: article(randomUUID()),
      headers: { Authorization: `Bearer ${granted.access_token}` },
    });
    expect(created.status).toBe(201);
    expect((await call(portal, 'GET', '/jsonapi/node/article', { headers: { Authorization: 'Bearer invented' } })).status).toBe(401);
  });

  it('takes uploads only with a quoted ASCII filename: missing, unquoted and filename*= get 400, a non-image 422', async () => {
    const portal = await startPortal(await tempDir());
    const photo = await samplePhotoBytes();
    expect((await upload(portal, undefined, photo)).status).toBe(400);
    expect((await upload(portal, 'file; filename=hoi-nghi.jpg', photo)).status).toBe(400);
    const extended = await upload(portal, "file; filename*=UTF-8''H%E1%BB%99i%20ngh%E1%BB%8B.jpg", photo);
    expect(extended.status).toBe(400);
    expect(extended.json.errors?.[0]?.detail).toMatch(/filename\*/);
    expect((await upload(portal, 'file; filename="hoi-nghi.jpg"', photo, { 'Content-Type': JSON_API })).status).toBe(415);
    expect((await upload(portal, 'file; filename="bai-viet.txt"', new TextEncoder().encode('chữ'))).status).toBe(422);
    expect((await upload(portal, 'file; filename="gia-anh.jpg"', new TextEncoder().encode('không phải ảnh'))).status).toBe(422);
    expect(portal.store.files.size).toBe(0);

    const stored = await upload(portal, 'file; filename="hoi-nghi.jpg"', photo);
    expect(stored.status).toBe(201);
    expect(stored.json.data).toMatchObject({ type: 'file--file', attributes: { filename: 'hoi-nghi.jpg', filesize: photo.length } });
    const url = (stored.json.data!.attributes.uri as { url: string }).url;
    expect(Buffer.from(await (await fetch(`${portal.origin}${url}`)).arrayBuffer()).equals(photo)).toBe(true);
    const second = await upload(portal, 'file; filename="hoi-nghi.jpg"', photo);
    expect(second.json.data?.attributes.filename).toBe('hoi-nghi_0.jpg');
  });

  it('publishes through moderation_state, refuses `status` with 403 and unknown or forbidden transitions with 422', async () => {
    const portal = await startPortal(await tempDir());
    const withStatus = await call(portal, 'POST', '/jsonapi/node/article', { json: article(randomUUID(), { status: true }) });
    expect(withStatus.status).toBe(403);
    expect(withStatus.json.errors?.[0]?.source?.pointer).toBe('/data/attributes/status');

    const unknown = await call(portal, 'POST', '/jsonapi/node/article', { json: article(randomUUID(), { moderation_state: 'live' }) });
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors?.[0]?.source?.pointer).toBe('/data/attributes/moderation_state');

    const byAuthor = await call(portal, 'POST', '/jsonapi/node/article', {
      json: article(randomUUID(), { moderation_state: 'published' }),
      headers: { Authorization: basicAuth(AUTHOR) },
    });
    expect(byAuthor.status).toBe(422);
    expect(byAuthor.json.errors?.[0]?.detail).toMatch(/do not have access to transition from Draft to Published/);

    const draftToArchived = await call(portal, 'POST', '/jsonapi/node/article', {
      json: article(randomUUID(), { moderation_state: 'archived' }),
    });
    expect(draftToArchived.status).toBe(422);
    expect(draftToArchived.json.errors?.[0]?.detail).toMatch(/Invalid state transition from Draft to Archived/);

    const id = randomUUID();
    const published = await call(portal, 'POST', '/jsonapi/node/article', { json: article(id, { moderation_state: 'published' }) });
    expect(published.json.data?.attributes).toMatchObject({ moderation_state: 'published', status: true });
    const archived = await call(portal, 'PATCH', `/jsonapi/node/article/${id}`, {
      json: { data: { type: 'node--article', id, attributes: { moderation_state: 'archived' } } },
    });
    expect(archived.json.data?.attributes).toMatchObject({ moderation_state: 'archived', status: false });
    expect(portal.store.nodes.size).toBe(1);
  });

  it('refuses with 400 a PATCH to a published node that has a working copy on top', async () => {
    const portal = await startPortal(await tempDir());
    const id = randomUUID();
    await call(portal, 'POST', '/jsonapi/node/article', { json: article(id, { moderation_state: 'published' }) });
    const patch = (attributes: Record<string, unknown>) =>
      call(portal, 'PATCH', `/jsonapi/node/article/${id}`, { json: { data: { type: 'node--article', id, attributes } } });
    const draft = await patch({ title: 'Bản nháp sửa', moderation_state: 'draft' });
    expect(draft.status).toBe(200);
    expect(draft.json.data?.attributes).toMatchObject({ title: 'Hội nghị nông thôn mới', status: true });
    const refused = await patch({ title: 'Sửa tiếp', moderation_state: 'published' });
    expect(refused.status).toBe(400);
    expect(refused.json.errors?.[0]?.detail).toMatch(/pending/);
  });

  it('moves `changed` and the revision on every save, and keeps what it received on disk across a restart', async () => {
    const clock = manualClock();
    const dir = await tempDir();
    const portal = await startPortal(dir, { now: clock.now });
    const id = randomUUID();
    const created = await call(portal, 'POST', '/jsonapi/node/article', { json: article(id, { moderation_state: 'published' }) });
    clock.advance(90);
    const patched = await call(portal, 'PATCH', `/jsonapi/node/article/${id}`, {
      json: { data: { type: 'node--article', id, attributes: { title: 'Tiêu đề mới' } } },
    });
    expect(created.json.data?.attributes.changed).toBe('2021-02-25T10:00:00+00:00');
    expect(patched.json.data?.attributes.changed).toBe('2021-02-25T10:01:30+00:00');
    expect(patched.json.data?.attributes.drupal_internal__vid).toBeGreaterThan(
      created.json.data?.attributes.drupal_internal__vid as number,
    );
    await portal.close();

    const reopened = await startPortal(dir);
    const page = await fetch(`${reopened.origin}/node/${created.json.data?.attributes.drupal_internal__nid}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h1>Tiêu đề mới</h1>');
    const again = await call(reopened, 'GET', `/jsonapi/node/article/${id}`);
    expect(again.json.data?.attributes.drupal_internal__vid).toBe(patched.json.data?.attributes.drupal_internal__vid);
    // The next node takes the next number, as a database sequence gives it.
    const next = await call(reopened, 'POST', '/jsonapi/node/article', { json: article(randomUUID()) });
    expect(next.json.data?.attributes.drupal_internal__nid).toBe((created.json.data?.attributes.drupal_internal__nid as number) + 1);
  });

  it('gives nodes created side by side a number and a page each', async () => {
    const portal = await startPortal(await tempDir());
    const ids = Array.from({ length: 8 }, () => randomUUID());
    const created = await Promise.all(
      ids.map((id, i) =>
        call(portal, 'POST', '/jsonapi/node/article', { json: article(id, { title: `Tin số ${i}`, moderation_state: 'published' }) }),
      ),
    );
    const nids = created.map((answer) => answer.json.data?.attributes.drupal_internal__nid);
    expect(new Set(nids).size).toBe(ids.length);
    for (const [i, nid] of nids.entries())
      expect(await (await fetch(`${portal.origin}/node/${String(nid)}`)).text()).toContain(`<h1>Tin số ${i}</h1>`);
  });

  it('opens a store an earlier version kept one file per entity, with its nodes, files and tags', async () => {
    const dir = await tempDir();
    const portal = await startPortal(dir);
    const photo = await upload(portal, 'file; filename="hoi-nghi.jpg"', await samplePhotoBytes());
    const term = await call(portal, 'POST', '/jsonapi/taxonomy_term/tags', {
      json: { data: { type: 'taxonomy_term--tags', attributes: { name: 'nông thôn mới' } } },
    });
    const id = randomUUID();
    await call(portal, 'POST', '/jsonapi/node/article', { json: article(id, { moderation_state: 'published' }) });
    await portal.close();
    // The same content as the earlier layout had it: a JSON file per entity, no journal.
    const journal = (await readdir(dir)).find((name) => name.endsWith('.log'))!;
    for (const text of (await readFile(join(dir, journal), 'utf8')).trim().split('\n')) {
      const [kind, entity] = Object.entries(JSON.parse(text) as Record<string, { uuid: string }>)[0]!;
      await mkdir(join(dir, `${kind}s`), { recursive: true });
      await writeFile(join(dir, `${kind}s`, `${entity.uuid}.json`), JSON.stringify(entity));
    }
    await rm(join(dir, journal));

    const reopened = await startPortal(dir);
    expect((await call(reopened, 'GET', `/jsonapi/node/article/${id}`)).json.data?.attributes.title).toBe('Hội nghị nông thôn mới');
    expect((await call(reopened, 'GET', `/jsonapi/file/file/${photo.json.data!.id}`)).status).toBe(200);
    expect((await call(reopened, 'GET', `/jsonapi/taxonomy_term/tags/${term.json.data!.id}`)).json.data?.attributes.name).toBe(
      'nông thôn mới',
    );
  });

  it('shows a published article as a page with the caption filter applied, and hides drafts from visitors', async () => {
    const portal = await startPortal(await tempDir());
    const photo = await upload(portal, 'file; filename="hoi-nghi.jpg"', await samplePhotoBytes());
    const file = photo.json.data!;
    const url = (file.attributes.uri as { url: string }).url;
    const body = `<p>Mở đầu</p><img src="${url}" data-entity-type="file" data-entity-uuid="${file.id}" data-caption="Đồng chí Hồ Tiến Thiệu phát biểu" alt="Chủ tịch phát biểu" width="1200" height="800"><script>alert(1)</script>`;
    const id = randomUUID();
    const created = await call(portal, 'POST', '/jsonapi/node/article', {
      json: article(
        id,
        { moderation_state: 'published', body: { value: body, format: 'basic_html', summary: 'Sapo bài viết' } },
        { field_image: { data: { type: 'file--file', id: file.id, meta: { alt: 'Chủ tịch phát biểu', title: 'Chú thích' } } } },
      ),
    });
    expect(created.json.data?.relationships?.field_image?.data).toMatchObject({
      id: file.id,
      meta: { alt: 'Chủ tịch phát biểu', title: 'Chú thích' },
    });
    expect(portal.store.files.get(file.id!)?.permanent).toBe(true);
    const page = await (await fetch(`${portal.origin}/node/${created.json.data?.attributes.drupal_internal__nid}`)).text();
    expect(page).toMatch(
      /<figure[^>]*><img[^>]*data-entity-uuid="[^"]+"[^>]*><figcaption>Đồng chí Hồ Tiến Thiệu phát biểu<\/figcaption><\/figure>/,
    );
    expect(page).toContain('Sapo bài viết');
    expect(page).not.toContain('<script>');

    const draftId = randomUUID();
    const draft = await call(portal, 'POST', '/jsonapi/node/article', { json: article(draftId) });
    expect((await fetch(`${portal.origin}/node/${draft.json.data?.attributes.drupal_internal__nid}`)).status).toBe(403);
    expect((await fetch(`${portal.origin}/jsonapi/node/article/${draftId}`)).status).toBe(403);
  });
});
