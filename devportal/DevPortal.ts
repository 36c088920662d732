import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { escapeHtml } from '../core/render/escape.ts';
import { detectImageType } from '../core/store/imageType.ts';
import { uploadFilename } from './contentDisposition.ts';
import { FaultPlan } from './faults.ts';
import { bypassesNodeAccess, permissionsOf, PORTAL_ROLES, workflowResource } from './moderation.ts';
import { nextRevision, isUuid, readNodeDocument } from './nodeDocument.ts';
import { matches, readFilters, readPage, sorter } from './nodeQuery.ts';
import { PortalAuth, SESSION_COOKIE, unauthorized, type Caller, type PortalUser } from './portalAuth.ts';
import { PortalStore, type StoredFile, type StoredNode } from './PortalStore.ts';
import { renderPublicPage } from './publicPage.ts';
import { html, JSON_API, jsonApi, jsonApiError, PortalRefusal, type Reply } from './reply.ts';
import { Resources, roleUuid } from './resources.ts';
import { processBody } from './textFormat.ts';

export interface DevPortalOptions {
  /** Where the portal keeps what it receives. */
  storeDir: string;
  users: PortalUser[];
  /** Drupal's default is read-only; `newsdesk portal` starts with writes allowed unless told otherwise. */
  readOnly?: boolean;
  oauthClientId?: string;
  /** Tests move time forward to see `changed` move; defaults to the system clock. */
  now?: () => number;
  faults?: FaultPlan;
}

const MAX_BODY = 64 * 1024 * 1024;
const IMAGE_EXTENSIONS = ['png', 'gif', 'jpg', 'jpeg', 'webp'];
const MIME: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' };
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/**
 * A Drupal stand-in for development and tests: JSON:API with content moderation on loopback,
 * answering every point of PORTAL.md the way Drupal core does, keeping what it receives on disk,
 * and showing published articles as pages.
 */
export class DevPortal {
  readonly faults: FaultPlan;
  private readonly server: Server;
  private readonly auth: PortalAuth;
  private readonly resources: Resources;
  private readonly now: () => number;
  private port = 0;

  private constructor(
    readonly store: PortalStore,
    options: DevPortalOptions,
  ) {
    this.faults = options.faults ?? new FaultPlan();
    this.now = options.now ?? Date.now;
    this.auth = new PortalAuth(options.users, options.oauthClientId ?? 'newsdesk');
    this.resources = new Resources(store, () => this.origin);
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        if (!response.headersSent) write(response, jsonApiError(500, (error as Error).message));
        else response.destroy();
      });
    });
  }

  static async start(options: DevPortalOptions, port = 0): Promise<DevPortal> {
    const store = await PortalStore.open(options.storeDir, options.readOnly === undefined ? {} : { readOnly: options.readOnly });
    const portal = new DevPortal(store, options);
    await new Promise<void>((resolve, reject) => {
      portal.server.once('error', reject);
      portal.server.listen(port, '127.0.0.1', () => resolve());
    });
    portal.port = (portal.server.address() as AddressInfo).port;
    return portal;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async setReadOnly(readOnly: boolean): Promise<void> {
    this.store.config = { ...this.store.config, readOnly };
    await this.store.saveConfig();
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', this.origin);
    const fault = this.faults.take(method, url.pathname);
    if (fault?.kind === 'reset') {
      request.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) };
      request.resume();
      write(
        response,
        jsonApiError(
          fault.status,
          fault.status === 503 ? 'The file is locked, try again later.' : 'The website encountered an unexpected error.',
          { headers },
        ),
      );
      return;
    }
    let reply: Reply;
    try {
      reply = await this.route(method, url, request);
    } catch (error) {
      if (!(error instanceof PortalRefusal)) throw error;
      reply = error.reply();
    }
    if (fault?.kind === 'drop-after-commit') {
      request.socket.destroy();
      return;
    }
    if (fault?.kind === 'delay-after-commit') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    if (!response.destroyed) write(response, reply);
  }

  private async route(method: string, url: URL, request: IncomingMessage): Promise<Reply> {
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const parts = path.split('/').slice(1);
    if (parts[0] === 'jsonapi') return this.jsonApiRoute(method, parts.slice(1), url, request);
    if (path === '/oauth/token' && method === 'POST') return this.oauthToken(request);
    if (path === '/user/login' && method === 'POST') return this.login(request);
    if (path === '/session/token' && method === 'GET') {
      return { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: this.auth.csrfTokenFor(request) };
    }
    if (path === '/admin/config/services/jsonapi') return this.adminJsonApi(method, request);
    if (method !== 'GET' && method !== 'HEAD') return html(405, '<h1>Method Not Allowed</h1>', { Allow: 'GET' });
    if (path === '/') return html(200, this.homePage());
    const nodePage = /^\/node\/(\d+)$/.exec(path);
    if (nodePage) return this.publicNode(Number(nodePage[1]), request);
    if (path.startsWith('/sites/default/files/')) return this.publicFile(decodeURIComponent(path.slice('/sites/default/files/'.length)));
    return html(404, '<h1>Page not found</h1>');
  }

  private async jsonApiRoute(method: string, parts: string[], url: URL, request: IncomingMessage): Promise<Reply> {
    if (WRITE_METHODS.has(method) && this.store.config.readOnly) {
      request.resume();
      return jsonApiError(
        405,
        'JSON:API is configured to accept only read operations. Site administrators can configure this at /admin/config/services/jsonapi.',
        {
          headers: { Allow: 'GET' },
        },
      );
    }
    const [entityType, bundle, id, field] = parts;
    const isUpload = method === 'POST' && entityType === 'node' && bundle === 'article' && ((id && !isUuid(id) && !field) || (id && field));
    if (WRITE_METHODS.has(method)) {
      const type = (request.headers['content-type'] ?? '').trim();
      const expected = isUpload ? 'application/octet-stream' : JSON_API;
      if (type !== expected) {
        request.resume();
        return jsonApiError(415, `No route found that matches "Content-Type: ${type}"`);
      }
    }
    const caller = this.auth.identify(request);
    if (WRITE_METHODS.has(method) && !caller.user) {
      request.resume();
      throw unauthorized('No authentication credentials provided.');
    }

    if (parts.length === 0 && method === 'GET') return jsonApi(200, this.resources.entryPoint(caller.uuid));
    if (entityType === 'user' && bundle === 'user' && id && method === 'GET') return this.getUser(id, url);
    if (entityType === 'user_role' && bundle === 'user_role' && !id && method === 'GET') return this.listRoles(caller);
    if (entityType === 'workflow' && bundle === 'workflow' && !id && method === 'GET') {
      if (caller.user?.role !== 'administrator')
        return jsonApi(200, {
          data: [],
          meta: { omitted: { detail: 'Some resources have been omitted because of insufficient authorization.' } },
        });
      return jsonApi(200, { data: [workflowResource()] });
    }
    if (entityType === 'node' && bundle === 'article') {
      if (isUpload) return this.upload(id && field ? { node: id, field } : { field: id ?? '' }, request, caller);
      if (!id && method === 'GET') return this.listNodes(url, caller);
      if (!id && method === 'POST') return this.createNode(request, caller);
      if (id && method === 'GET') return this.getNode(id, caller);
      if (id && method === 'PATCH') return this.updateNode(id, request, caller);
    }
    if (entityType === 'file' && bundle === 'file' && method === 'GET') return this.getFiles(id, url, caller);
    if (entityType === 'taxonomy_term' && bundle === 'tags') {
      if (!id && method === 'GET') return this.listTerms(url);
      if (!id && method === 'POST') return this.createTerm(request);
      if (id && method === 'GET') {
        const term = this.store.terms.get(id);
        if (!term) throw notFound(url.pathname);
        return jsonApi(200, { data: this.resources.term(term) });
      }
    }
    request.resume();
    if (entityType && bundle)
      return jsonApiError(405, `No route found for "${method} ${url.pathname}": Method Not Allowed`, { headers: { Allow: 'GET' } });
    throw notFound(url.pathname);
  }

  /**
   * A collection as Drupal builds it: node access first (anonymous: published; a reporter: published
   * and their own; `bypass node access`: everything), then the filters, the sort and one page of at
   * most 50 with `links.next` while more follow.
   */
  private listNodes(url: URL, caller: Caller): Reply {
    const conditions = readFilters(url.searchParams);
    const fields = { uidOf: (name: string) => this.auth.uidOf(name), uuidOf: (name: string) => this.auth.uuidOf({ name }) };
    const order = sorter(url.searchParams.get('sort'), fields);
    const { offset, limit } = readPage(url.searchParams);
    const visible = [...this.store.nodes.values()]
      .filter((node) => this.mayView(node, caller) && matches(node, conditions, fields))
      .sort(order);
    const page = visible.slice(offset, offset + limit);
    const links: Record<string, unknown> = { self: { href: url.href } };
    if (offset + limit < visible.length) {
      const next = new URL(url.href);
      next.searchParams.set('page[offset]', String(offset + limit));
      next.searchParams.set('page[limit]', String(limit));
      links.next = { href: next.href };
    }
    return jsonApi(200, { data: page.map((node) => this.nodeResource(node)), links });
  }

  private mayView(node: StoredNode, caller: Caller): boolean {
    return node.current.status || bypassesNodeAccess(caller.user?.role) || (caller.user !== null && caller.user.name === node.owner);
  }

  private getNode(uuid: string, caller: Caller): Reply {
    const node = this.store.nodes.get(uuid);
    if (!node) throw notFound(`/jsonapi/node/article/${uuid}`);
    if (!this.mayView(node, caller)) {
      throw new PortalRefusal(
        403,
        "The current user is not allowed to GET the selected resource. The 'view own unpublished content' or 'view any unpublished content' permission is required.",
      );
    }
    return jsonApi(200, { data: this.nodeResource(node), links: { self: { href: this.resources.nodeUrl(uuid) } } });
  }

  private getUser(uuid: string, url: URL): Reply {
    const user = this.auth.byUuid(uuid);
    if (!user) throw notFound(url.pathname);
    return jsonApi(200, { data: this.resources.user(this.userRef(user.name)) });
  }

  /** Roles with their permissions: only the signed-in account's own roles unless it may administer permissions. */
  private listRoles(caller: Caller): Reply {
    const roles = caller.user?.role === 'administrator' ? PORTAL_ROLES : caller.user ? [caller.user.role] : [];
    const data = roles.map((role) => ({
      type: 'user_role--user_role',
      id: roleUuid(role),
      attributes: { drupal_internal__id: role, label: role, permissions: permissionsOf(role), is_admin: role === 'administrator' },
    }));
    return jsonApi(200, { data });
  }

  private async createNode(request: IncomingMessage, caller: Caller): Promise<Reply> {
    const input = readNodeDocument(await readJson(request), 'POST', this.store);
    const uuid = input.id ?? randomUUID();
    if (this.store.nodes.has(uuid)) throw new PortalRefusal(409, 'Conflict: Entity already exists.', '/data/id');
    const changed = Resources.timestamp(this.now());
    const empty = {
      vid: 0,
      title: '',
      body: { value: '', format: 'basic_html', summary: '' },
      moderationState: 'draft' as const,
      status: false,
      changed,
      image: null,
      tags: [],
    };
    const revision = nextRevision(empty, input, caller.user!, this.store.nextVid(), changed);
    const node: StoredNode = {
      uuid,
      nid: this.store.nextNid(),
      created: changed,
      owner: caller.user!.name,
      current: revision,
      pending: null,
    };
    await this.makeFilesPermanent(revision.image?.uuid);
    await this.store.saveNode(node);
    return jsonApi(
      201,
      { data: this.nodeResource(node), links: { self: { href: this.resources.nodeUrl(uuid) } } },
      { Location: this.resources.nodeUrl(uuid) },
    );
  }

  private async updateNode(uuid: string, request: IncomingMessage, caller: Caller): Promise<Reply> {
    const node = this.store.nodes.get(uuid);
    if (!node) {
      request.resume();
      throw notFound(`/jsonapi/node/article/${uuid}`);
    }
    const input = readNodeDocument(await readJson(request), 'PATCH', this.store);
    if (input.id !== uuid)
      throw new PortalRefusal(400, `The selected entity (${uuid}) does not match the ID in the payload (${String(input.id)}).`, '/data/id');
    if (!bypassesNodeAccess(caller.user!.role) && caller.user!.name !== node.owner) {
      throw new PortalRefusal(
        403,
        "The current user is not allowed to PATCH the selected resource. The 'edit any article content' permission is required.",
      );
    }
    if (node.pending) {
      throw new PortalRefusal(
        400,
        'Updating a published content entity with a pending (unpublished) revision on top is not supported: the working copy must be published or discarded first.',
      );
    }
    const changed = Resources.timestamp(this.now());
    const revision = nextRevision(node.current, input, caller.user!, this.store.nextVid(), changed);
    // A draft on top of a published default becomes a pending revision; visitors keep the published one.
    const updated: StoredNode =
      node.current.status && revision.moderationState === 'draft'
        ? { ...node, pending: revision }
        : { ...node, current: revision, pending: null };
    await this.makeFilesPermanent(revision.image?.uuid);
    await this.store.saveNode(updated);
    return jsonApi(200, { data: this.nodeResource(updated), links: { self: { href: this.resources.nodeUrl(uuid) } } });
  }

  private async upload(target: { node?: string; field: string }, request: IncomingMessage, caller: Caller): Promise<Reply> {
    if (target.field !== 'field_image') {
      request.resume();
      throw notFound(`/jsonapi/node/article/${target.field}`);
    }
    const node = target.node ? this.store.nodes.get(target.node) : undefined;
    if (target.node && !node) {
      request.resume();
      throw notFound(`/jsonapi/node/article/${target.node}`);
    }
    const name = uploadFilename(request.headers['content-disposition']);
    const bytes = await readBody(request);
    const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
    if (!IMAGE_EXTENSIONS.includes(extension)) {
      throw new PortalRefusal(
        422,
        `Unprocessable Entity: file validation failed.\nThe specified file ${name} could not be uploaded.\nOnly files with the following extensions are allowed: ${IMAGE_EXTENSIONS.join(' ')}.`,
      );
    }
    const type = detectImageType(bytes);
    if (!type)
      throw new PortalRefusal(
        422,
        `Unprocessable Entity: file validation failed.\nThe image file is invalid or the image type is not allowed. Allowed types: ${IMAGE_EXTENSIONS.join(' ')}`,
      );
    const created = Resources.timestamp(this.now());
    const file: StoredFile = {
      uuid: randomUUID(),
      fid: this.store.nextFid(),
      filename: '',
      uri: '',
      filemime: MIME[type] ?? 'application/octet-stream',
      filesize: bytes.length,
      permanent: false,
      created,
      owner: caller.user!.name,
    };
    const folder = `public://${created.slice(0, 7)}`;
    const taken = new Set([...this.store.files.values()].map((f) => f.uri));
    const dot = name.lastIndexOf('.');
    let candidate = name;
    for (let n = 0; taken.has(`${folder}/${candidate}`); n++) candidate = `${name.slice(0, dot)}_${n}${name.slice(dot)}`;
    file.filename = candidate;
    file.uri = `${folder}/${candidate}`;
    await this.store.saveFile(file, bytes);
    if (node) {
      const changed = Resources.timestamp(this.now());
      const image = { uuid: file.uuid, alt: '', title: '' };
      await this.store.saveNode({ ...node, current: { ...node.current, image, vid: this.store.nextVid(), changed } });
      await this.makeFilesPermanent(file.uuid);
    }
    return jsonApi(201, { data: this.resources.file(this.store.files.get(file.uuid)!) });
  }

  private getFiles(uuid: string | undefined, url: URL, caller: Caller): Reply {
    const visible = (file: StoredFile) => file.permanent || caller.user?.name === file.owner;
    if (uuid) {
      const file = this.store.files.get(uuid);
      if (!file || !visible(file)) throw notFound(url.pathname);
      return jsonApi(200, { data: this.resources.file(file) });
    }
    const filename = url.searchParams.get('filter[filename]');
    const files = [...this.store.files.values()].filter((file) => visible(file) && (filename === null || file.filename === filename));
    return jsonApi(200, { data: files.sort((a, b) => a.fid - b.fid).map((file) => this.resources.file(file)) });
  }

  private listTerms(url: URL): Reply {
    const name = url.searchParams.get('filter[name]');
    const terms = [...this.store.terms.values()].filter((term) => name === null || term.name === name);
    return jsonApi(200, { data: terms.map((term) => this.resources.term(term)) });
  }

  private async createTerm(request: IncomingMessage): Promise<Reply> {
    const data = ((await readJson(request)) as { data?: Record<string, unknown> } | null)?.data;
    if (!data || data.type !== 'taxonomy_term--tags')
      throw new PortalRefusal(
        409,
        'Conflict: The provided type does not match the destination resource types (taxonomy_term--tags).',
        '/data/type',
      );
    if (data.id !== undefined && (typeof data.id !== 'string' || !isUuid(data.id))) {
      throw new PortalRefusal(422, 'IDs should be properly generated and formatted UUIDs as described in RFC 4122.', '/data/id');
    }
    const uuid = (data.id as string | undefined) ?? randomUUID();
    if (this.store.terms.has(uuid)) throw new PortalRefusal(409, 'Conflict: Entity already exists.', '/data/id');
    const name = (data.attributes as { name?: unknown } | undefined)?.name;
    if (typeof name !== 'string' || name.trim() === '')
      throw new PortalRefusal(422, 'name: This value should not be null.', '/data/attributes/name');
    const term = { uuid, tid: this.store.nextTid(), name };
    await this.store.saveTerm(term);
    return jsonApi(201, { data: this.resources.term(term) }, { Location: `${this.origin}/jsonapi/taxonomy_term/tags/${uuid}` });
  }

  private async oauthToken(request: IncomingMessage): Promise<Reply> {
    const form = new URLSearchParams((await readBody(request)).toString('utf8'));
    const json = (status: number, body: unknown): Reply => ({
      status,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (form.get('grant_type') !== 'password')
      return json(400, {
        error: 'unsupported_grant_type',
        error_description: 'The authorization grant type is not supported by the authorization server.',
      });
    if (form.get('client_id') !== this.auth.oauthClientId)
      return json(401, { error: 'invalid_client', error_description: 'Client authentication failed' });
    const user = this.auth.check(form.get('username') ?? '', form.get('password') ?? '');
    if (!user) return json(400, { error: 'invalid_grant', error_description: 'The user credentials were incorrect.' });
    return json(200, {
      token_type: 'Bearer',
      expires_in: 300,
      access_token: this.auth.issueToken(user),
      refresh_token: this.auth.issueToken(user),
    });
  }

  private async login(request: IncomingMessage): Promise<Reply> {
    const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => ({
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    let credentials: { name?: unknown; pass?: unknown };
    try {
      credentials = JSON.parse((await readBody(request)).toString('utf8')) as typeof credentials;
    } catch {
      return json(400, { message: 'Invalid JSON.' });
    }
    const user = this.auth.check(String(credentials.name ?? ''), String(credentials.pass ?? ''));
    if (!user) return json(400, { message: 'Sorry, unrecognized username or password.' });
    const session = this.auth.openSession(user);
    return json(
      200,
      {
        current_user: { uid: String(this.auth.uuidOf(user)), name: user.name, roles: [user.role] },
        csrf_token: session.csrfToken,
        logout_token: session.csrfToken,
      },
      { 'Set-Cookie': `${SESSION_COOKIE}=${session.id}; Path=/; HttpOnly; SameSite=Lax` },
    );
  }

  private async adminJsonApi(method: string, request: IncomingMessage): Promise<Reply> {
    const caller = this.auth.identify(request);
    if (caller.user?.role !== 'administrator') {
      request.resume();
      return html(401, '<h1>Access denied</h1><p>Sign in as the portal administrator.</p>', {
        'WWW-Authenticate': 'Basic realm="Newsdesk development portal"',
      });
    }
    if (method === 'POST') {
      const form = new URLSearchParams((await readBody(request)).toString('utf8'));
      await this.setReadOnly(form.get('read_only') === '1');
      return { status: 303, headers: { Location: '/admin/config/services/jsonapi' }, body: '' };
    }
    const readOnly = this.store.config.readOnly;
    return html(
      200,
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>JSON:API</title><h1>JSON:API</h1>
<form method="post"><fieldset><legend>Allowed operations</legend>
<label><input type="radio" name="read_only" value="1"${readOnly ? ' checked' : ''}> Accept only JSON:API read operations.</label><br>
<label><input type="radio" name="read_only" value="0"${readOnly ? '' : ' checked'}> Accept all JSON:API create, read, update, and delete operations.</label>
</fieldset><button>Save configuration</button></form></html>`,
    );
  }

  private publicNode(nid: number, request: IncomingMessage): Reply {
    const node = this.store.nodeByNid(nid);
    if (!node) return html(404, '<h1>Page not found</h1>');
    if (!node.current.status && !this.auth.identify(request).user) return html(403, '<h1>Access denied</h1>');
    const revision = node.current;
    const imageFile = revision.image ? this.store.files.get(revision.image.uuid) : undefined;
    const inBody = revision.image ? revision.body.value.includes(revision.image.uuid) : false;
    return html(
      200,
      renderPublicPage({
        title: revision.title,
        summary: revision.body.summary,
        processed: processBody(revision.body.value),
        image:
          imageFile && !inBody ? { url: this.resources.fileUrl(imageFile), alt: revision.image!.alt, title: revision.image!.title } : null,
        created: node.created,
      }),
    );
  }

  private async publicFile(relative: string): Promise<Reply> {
    const file = [...this.store.files.values()].find((f) => f.uri === `public://${relative}`);
    if (!file) return html(404, '<h1>Page not found</h1>');
    return {
      status: 200,
      headers: { 'Content-Type': file.filemime, 'Cache-Control': 'no-cache' },
      body: await this.store.readFileBytes(file),
    };
  }

  private homePage(): string {
    const published = [...this.store.nodes.values()].filter((node) => node.current.status).sort((a, b) => b.nid - a.nid);
    const items = published.map((node) => `<li><a href="/node/${node.nid}">${escapeHtml(node.current.title)}</a></li>`).join('\n');
    return `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Cổng thông tin (bản phát triển)</title>
<h1>Cổng thông tin (bản phát triển)</h1><p>${published.length} bài đã đăng. JSON:API: <a href="/jsonapi">/jsonapi</a>.</p><ul>${items}</ul></html>`;
  }

  private nodeResource(node: StoredNode): Record<string, unknown> {
    return this.resources.node(node, this.userRef(node.owner), this.userRef(node.current.author ?? node.owner));
  }

  private userRef(name: string) {
    const user = this.auth.byName(name);
    return {
      uuid: this.auth.uuidOf({ name }),
      uid: this.auth.uidOf(name),
      roles: user ? [user.role] : [],
      name,
      displayName: user?.displayName ?? name,
    };
  }

  private async makeFilesPermanent(uuid: string | undefined): Promise<void> {
    const file = uuid ? this.store.files.get(uuid) : undefined;
    if (file && !file.permanent) await this.store.saveFile({ ...file, permanent: true });
  }
}

function notFound(path: string): PortalRefusal {
  return new PortalRefusal(404, `The requested resource ${path} could not be found.`);
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new PortalRefusal(413, 'The request body is too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const text = (await readBody(request)).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw new PortalRefusal(400, 'Syntax error');
  }
}

function write(response: ServerResponse, reply: Reply): void {
  response.writeHead(reply.status, { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...reply.headers });
  response.end(reply.body);
}
