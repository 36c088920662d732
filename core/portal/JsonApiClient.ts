import type { PortalSettings } from '../model/portalSettings.ts';
import { httpError, networkError, parseRetryAfter, PortalError } from './PortalError.ts';
import { msg } from '../i18n/coreMessages.ts';

export const JSON_API = 'application/vnd.api+json';
const UNSAFE = new Set(['POST', 'PATCH', 'DELETE']);

export interface PortalCredentials {
  username: string;
  password: string;
}

export interface ClientOptions {
  settings: PortalSettings;
  credentials: PortalCredentials | null;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Counts requests (the benchmark prints them). */
  onRequest?(method: string, path: string): void;
}

export interface PortalReply {
  status: number;
  body: unknown;
  headers: Headers;
}

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  json?: unknown;
  bytes?: Uint8Array;
  headers?: Record<string, string>;
  /** Statuses the caller handles itself (e.g. 409 after a retried POST). */
  accept?: number[];
  /** The answer is a file: its bytes come back as a Uint8Array. */
  binary?: boolean;
}

/**
 * Drupal JSON:API over fetch: the JSON:API media type both ways, and the account's credentials
 * as Basic, an OAuth2 bearer token (password grant) or a cookie session with its CSRF token.
 */
export class JsonApiClient {
  readonly base: string;
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;
  private bearer: string | null = null;
  private session: { cookie: string; csrf: string } | null = null;
  private silence: PortalError | null = null;

  constructor(private readonly options: ClientOptions) {
    this.base = options.settings.baseUrl;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.fetchImpl = options.fetch ?? fetch;
  }

  get settings(): PortalSettings {
    return this.options.settings;
  }

  /**
   * The first request of this run that the portal left unanswered. From then on no request is
   * sent (each fails at once with the same error), so a portal that takes connections and never
   * answers costs one timeout, not one per request; the work waits for the next run.
   */
  get unanswered(): PortalError | null {
    return this.silence;
  }

  /** A new run: the portal is asked again. */
  resume(): void {
    this.silence = null;
  }

  async request(spec: RequestSpec): Promise<PortalReply> {
    const reply = await this.send(spec, await this.authHeaders(spec.method));
    if (reply.status === 401 && this.options.settings.auth !== 'basic' && this.options.credentials) {
      // A bearer token or session can expire; sign in again once.
      this.bearer = null;
      this.session = null;
      return this.check(spec, await this.send(spec, await this.authHeaders(spec.method)));
    }
    return this.check(spec, reply);
  }

  private check(spec: RequestSpec, reply: PortalReply): PortalReply {
    if (reply.status < 400 || spec.accept?.includes(reply.status)) return reply;
    throw httpError(reply.status, reply.body, parseRetryAfter(reply.headers.get('retry-after')));
  }

  private async send(spec: RequestSpec, auth: Record<string, string>): Promise<PortalReply> {
    const headers: Record<string, string> = { Accept: spec.binary ? '*/*' : JSON_API, ...auth, ...spec.headers };
    let body: string | Uint8Array | undefined;
    if (spec.json !== undefined) {
      headers['Content-Type'] = JSON_API;
      body = JSON.stringify(spec.json);
    } else if (spec.bytes) {
      body = spec.bytes;
    }
    return this.exchange(spec.method, spec.path, headers, body, spec.binary);
  }

  private async exchange(
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: string | Uint8Array,
    binary = false,
  ): Promise<PortalReply> {
    const url = `${this.base}${path}`;
    if (this.silence) throw new PortalError(this.silence.reason, 'timeout');
    this.options.onRequest?.(method, path);
    let response: Response;
    let text: string;
    try {
      response = await this.fetchImpl(url, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(this.timeoutMs) });
      if (binary && response.ok)
        return { status: response.status, body: new Uint8Array(await response.arrayBuffer()), headers: response.headers };
      text = await response.text();
    } catch (error) {
      const failure = networkError(error, url, this.timeoutMs);
      if (failure.kind === 'timeout') this.silence ??= failure;
      throw failure;
    }
    let parsed: unknown = text;
    if (text.trim() !== '' && /json/.test(response.headers.get('content-type') ?? '')) {
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new PortalError(msg('portal.error.unreadableReply', { status: String(response.status) }), 'bad-reply', response.status);
      }
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }

  private async authHeaders(method: string): Promise<Record<string, string>> {
    const credentials = this.options.credentials;
    if (!credentials) return {};
    switch (this.options.settings.auth) {
      case 'basic':
        return { Authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64')}` };
      case 'oauth2':
        this.bearer ??= await this.oauthToken(credentials);
        return { Authorization: `Bearer ${this.bearer}` };
      case 'cookie': {
        this.session ??= await this.cookieSession(credentials);
        return UNSAFE.has(method) ? { Cookie: this.session.cookie, 'X-CSRF-Token': this.session.csrf } : { Cookie: this.session.cookie };
      }
    }
  }

  private async oauthToken(credentials: PortalCredentials): Promise<string> {
    const form = new URLSearchParams({
      grant_type: 'password',
      client_id: this.options.settings.oauthClientId,
      username: credentials.username,
      password: credentials.password,
    });
    const reply = await this.exchange(
      'POST',
      '/oauth/token',
      { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      form.toString(),
    );
    const token = (reply.body as { access_token?: unknown } | null)?.access_token;
    if (reply.status === 200 && typeof token === 'string') return token;
    // simple_oauth answers a wrong password with 400 invalid_grant: for the user that is a refused sign-in.
    throw httpError(reply.status === 400 || reply.status === 401 ? 401 : reply.status, reply.body, undefined);
  }

  private async cookieSession(credentials: PortalCredentials): Promise<{ cookie: string; csrf: string }> {
    const login = await this.exchange(
      'POST',
      '/user/login?_format=json',
      { 'Content-Type': 'application/json', Accept: 'application/json' },
      JSON.stringify({ name: credentials.username, pass: credentials.password }),
    );
    if (login.status !== 200) throw httpError(login.status === 400 || login.status === 403 ? 401 : login.status, login.body, undefined);
    const cookie = login.headers
      .getSetCookie()
      .map((line) => line.split(';')[0] ?? '')
      .filter((pair) => pair.includes('='))
      .join('; ');
    const token = await this.exchange('GET', '/session/token', { Cookie: cookie, Accept: 'text/plain' });
    if (token.status !== 200 || typeof token.body !== 'string') throw httpError(token.status, token.body, undefined);
    return { cookie, csrf: token.body.trim() };
  }
}
