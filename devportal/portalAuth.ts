import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { PortalRole } from './moderation.ts';
import { PortalRefusal } from './reply.ts';
import { stableUuid } from './stableUuid.ts';

export interface PortalUser {
  name: string;
  password: string;
  role: PortalRole;
  /** Drupal's `display_name`; the account name when not given. */
  displayName?: string;
}

export interface Caller {
  user: PortalUser | null;
  uuid: string | null;
}

interface Session {
  user: PortalUser;
  csrfToken: string;
}

export const SESSION_COOKIE = 'SESSdevportal';
const UNSAFE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/**
 * The three ways into Drupal that the client supports: HTTP Basic (`basic_auth`), bearer tokens
 * from `POST /oauth/token` (`simple_oauth`, password grant), and a cookie session from
 * `POST /user/login?_format=json` whose unsafe requests must carry `X-CSRF-Token`.
 */
export class PortalAuth {
  private readonly tokens = new Map<string, PortalUser>();
  private readonly sessions = new Map<string, Session>();
  private readonly userUuids = new Map<string, string>();

  constructor(
    private readonly users: readonly PortalUser[],
    readonly oauthClientId: string,
  ) {
    // Stable across restarts, as a user's UUID is in Drupal.
    for (const user of users) this.userUuids.set(user.name, stableUuid(`user:${user.name}`));
  }

  uuidOf(user: Pick<PortalUser, 'name'>): string {
    return this.userUuids.get(user.name) ?? stableUuid(`user:${user.name}`);
  }

  /** `drupal_internal__uid`: the accounts in the order they were given, from 1. */
  uidOf(name: string): number {
    return this.users.findIndex((user) => user.name === name) + 1;
  }

  byUuid(uuid: string): PortalUser | undefined {
    return this.users.find((user) => this.uuidOf(user) === uuid);
  }

  byName(name: string): PortalUser | undefined {
    return this.users.find((user) => user.name === name);
  }

  check(name: string, password: string): PortalUser | null {
    const user = this.users.find((u) => u.name === name);
    return user && sameSecret(password, user.password) ? user : null;
  }

  /** Who is calling; wrong credentials are refused with 401, a session's unsafe request without its token with 403. */
  identify(request: IncomingMessage): Caller {
    const header = request.headers.authorization ?? '';
    if (header.startsWith('Basic ')) {
      const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const user = colon > 0 ? this.check(decoded.slice(0, colon), decoded.slice(colon + 1)) : null;
      if (!user) throw unauthorized('Unrecognized username or password.');
      return this.caller(user);
    }
    if (header.startsWith('Bearer ')) {
      const user = this.tokens.get(header.slice(7));
      if (!user) throw unauthorized('The access token is invalid or has expired.');
      return this.caller(user);
    }
    const session = this.sessions.get(readCookie(request, SESSION_COOKIE) ?? '');
    if (session) {
      if (UNSAFE.has(request.method ?? 'GET')) {
        const token = request.headers['x-csrf-token'];
        if (typeof token !== 'string' || token === '') throw new PortalRefusal(403, 'X-CSRF-Token request header is missing');
        if (!sameSecret(token, session.csrfToken)) throw new PortalRefusal(403, 'X-CSRF-Token request header is invalid');
      }
      return this.caller(session.user);
    }
    return { user: null, uuid: null };
  }

  issueToken(user: PortalUser): string {
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, user);
    return token;
  }

  openSession(user: PortalUser): { id: string; csrfToken: string } {
    const id = randomBytes(24).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    this.sessions.set(id, { user, csrfToken });
    return { id, csrfToken };
  }

  /** `GET /session/token`: the session's CSRF token (Drupal answers anonymous callers too). */
  csrfTokenFor(request: IncomingMessage): string {
    return this.sessions.get(readCookie(request, SESSION_COOKIE) ?? '')?.csrfToken ?? randomBytes(24).toString('base64url');
  }

  private caller(user: PortalUser): Caller {
    return { user, uuid: this.uuidOf(user) };
  }
}

export function unauthorized(detail: string): PortalRefusal {
  return new PortalRefusal(401, detail, undefined, { 'WWW-Authenticate': 'Basic realm="Newsdesk development portal"' });
}

function readCookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
