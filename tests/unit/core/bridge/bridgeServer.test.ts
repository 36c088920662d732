import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { createBridgeServer, listenOnLoopback } from '../../../../core/bridge/bridgeServer.ts';
import type { Newsdesk } from '../../../../core/newsdesk.ts';
import { DEMO_PASSWORD, openSampleNewsroom, sampleId, SUBMITTED_SAMPLE } from '../../../helpers/sampleNewsroom.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP, so the test controls Host, Origin and Cookie exactly as an attacker could. */
function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser-mode bridge', () => {
  const token = 'a1b2c3d4e5f6';
  let server: Server;
  let port: number;
  let newsdesk: Newsdesk;
  let cookie: string;
  const log: string[] = [];
  const refusals: Array<{ reason: string; method: string; path: string; host: string; origin: string | null }> = [];
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsdesk-bridge-'));
    const rendererDir = join(dir, 'renderer');
    await mkdir(rendererDir);
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Newsdesk</title>');
    await writeFile(join(dir, 'secret.txt'), 'không được lộ');
    newsdesk = await openSampleNewsroom(join(dir, 'data'));
    server = createBridgeServer({
      api: newsdesk.api,
      rendererDir,
      assetPath: newsdesk.assetPath,
      token,
      log: (m) => log.push(m),
      refused: (reason, details) => refusals.push({ reason, ...details }),
    });
    const url = await listenOnLoopback(server, 0, token);
    port = Number(new URL(url).port);
    expect(url).toBe(`http://127.0.0.1:${port}/?token=${token}`);
    const entry = await send(port, `/?token=${token}`);
    cookie = String(entry.headers['set-cookie']).split(';')[0]!;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  });

  const call = (channel: string, args: unknown[], headers: Record<string, string> = {}) =>
    send(port, `/api/${channel}`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: `http://127.0.0.1:${port}`, 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ args }),
    });

  it('trades the entry token for an HttpOnly, SameSite=Strict cookie and serves the app with its CSP', async () => {
    const entry = await send(port, `/?token=${token}`);
    expect(entry.status).toBe(303);
    expect(entry.headers['set-cookie']?.[0]).toMatch(/HttpOnly; SameSite=Strict/);
    const page = await send(port, '/library', { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Newsdesk</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('refuses requests without the token, with a wrong token, or for another host', async () => {
    expect((await send(port, '/')).status).toBe(401);
    expect((await send(port, '/?token=guess')).status).toBe(401);
    expect((await send(port, '/', { headers: { Cookie: 'newsdesk_bridge=guess' } })).status).toBe(401);
    expect((await send(port, '/', { headers: { Cookie: cookie, Host: 'evil.example:80' } })).status).toBe(421);
  });

  it('reports each refused request with its reason, never with the token offered or held', async () => {
    refusals.length = 0;
    await send(port, '/?token=guess-token-1');
    await send(port, '/library', { headers: { Cookie: 'newsdesk_bridge=guess-token-2' } });
    await send(port, '/?token=guess-token-3', { headers: { Cookie: cookie, Host: 'evil.example:80' } });
    await call('session.current', [], { Origin: 'http://evil.example' });
    await send(port, '/library', { headers: { Cookie: cookie } });
    expect(refusals).toEqual([
      { reason: 'token', method: 'GET', path: '/', host: `127.0.0.1:${port}`, origin: null },
      { reason: 'token', method: 'GET', path: '/library', host: `127.0.0.1:${port}`, origin: null },
      { reason: 'host', method: 'GET', path: '/', host: 'evil.example:80', origin: null },
      { reason: 'origin', method: 'POST', path: '/api/session.current', host: `127.0.0.1:${port}`, origin: 'http://evil.example' },
    ]);
    expect(JSON.stringify(refusals)).not.toMatch(/guess-token|a1b2c3d4e5f6/);
  });

  it('runs API calls through the contract: sign in, list, and clear errors', async () => {
    expect((await call('library.list', [{}])).status).toBe(401);
    const signIn = await call('session.signIn', [{ username: 'bichdiep', password: DEMO_PASSWORD }]);
    expect(JSON.parse(signIn.body)).toEqual({ result: { username: 'bichdiep', displayName: 'Bích Diệp', role: 'reporter' } });
    const list = JSON.parse((await call('library.list', [{ state: 'published' }])).body);
    expect(list.result.map((a: { title: string }) => a.title)).toEqual([
      'Hội nghị trực tuyến triển khai nhiệm vụ, kế hoạch xây dựng nông thôn mới năm 2021',
    ]);
    const wrong = await call('session.signIn', [{ username: 'bichdiep', password: 'sai' }]);
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body).error.message).toBe('sai tên đăng nhập hoặc mật khẩu');
  });

  it('acts as the signed-in user only: a reporter calling the approve service directly is refused', async () => {
    const submittedId = await sampleId(newsdesk, SUBMITTED_SAMPLE);
    await call('session.signIn', [{ username: 'bichdiep', password: DEMO_PASSWORD }]);
    const approve = await call('workflow.transition', [submittedId, 'approve']);
    expect(approve.status).toBe(403);
    expect(JSON.parse(approve.body).error.message).toBe('vai trò của bichdiep không được duyệt bài viết');
    expect((await newsdesk.articles.get(submittedId)).state).toBe('submitted');
  });

  it('drops calls from another origin, with bad arguments or an unknown channel', async () => {
    expect((await call('session.current', [], { Origin: 'http://evil.example' })).status).toBe(403);
    expect(log.some((line) => line.includes('evil.example'))).toBe(true);
    const bad = await call('library.get', ['not-a-uuid']);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatchObject({ message: 'mã số không hợp lệ', code: 'bad-input', key: 'error.input.invalid' });
    expect((await call('accounts.dropAll', [])).status).toBe(404);
    expect((await call('session.current', [], { 'Content-Type': 'text/plain' })).status).toBe(415);
  });

  it('serves stored photos and nothing outside the renderer and asset folders', async () => {
    const article = await newsdesk.articles.get(await sampleId(newsdesk));
    const photo = await send(port, `/assets/${article.featuredPhoto!.asset}`, { headers: { Cookie: cookie } });
    expect(photo.status).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e%2faccounts.json']) {
      const reply = await send(port, path, { headers: { Cookie: cookie } });
      expect(reply.body, path).not.toContain('không được lộ');
      expect(reply.body, path).not.toContain('passwordHash');
    }
  });
});
