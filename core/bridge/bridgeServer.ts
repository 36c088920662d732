import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { channels, invoke, NewsdeskError, parseArgs, type NewsdeskApi } from '../api.ts';
import { appFileFor } from './appFiles.ts';
import { contentTypeOf } from './contentTypes.ts';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy.ts';
import { coreText, msg, type CoreMessage } from '../i18n/coreMessages.ts';

export interface BridgeOptions {
  api: NewsdeskApi;
  /** The built renderer (`dist/renderer`). */
  rendererDir: string;
  assetPath(name: string): string | null;
  /** The per-launch secret; the page presents it once in `/?token=…` and then holds it as a cookie. */
  token: string;
  log(message: string): void;
  /** A request turned away: a foreign Host, a missing or wrong token, a call from another origin. Never given the token. */
  refused?(reason: RefusalReason, details: { method: string; path: string; host: string; origin: string | null }): void;
}

export type RefusalReason = 'host' | 'token' | 'origin';

const COOKIE = 'newsdesk_bridge';
const MAX_BODY_BYTES = 32 * 1024 * 1024;
const STATUS_OF_ERROR: Record<NewsdeskError['code'], number> = {
  'bad-input': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  storage: 500,
};
const channelByName = new Map(channels.map((spec) => [spec.channel, spec]));

/**
 * Browser mode: the core services behind a small HTTP bridge on loopback, for Chromium in the
 * end-to-end tests and for machines without the Electron runtime. Every request must name our own
 * host (no DNS rebinding), API calls must come from our own origin, and everything but the entry
 * link needs the per-launch token.
 */
export function createBridgeServer(options: BridgeOptions): Server {
  const server = createServer((request, response) => {
    handle(server, options, request, response).catch((error: unknown) => {
      options.log(`bridge: ${(error as Error).stack ?? String(error)}`);
      if (!response.headersSent) sendJson(response, 500, errorBody(msg('error.bridge.internal'), 'internal'));
      else response.destroy();
    });
  });
  return server;
}

/** Listens on 127.0.0.1 only; port 0 picks a free one. Returns the entry link with the token. */
export async function listenOnLoopback(server: Server, port: number, token: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return `http://127.0.0.1:${actual}/?token=${token}`;
}

async function handle(server: Server, options: BridgeOptions, request: IncomingMessage, response: ServerResponse) {
  const port = (server.address() as AddressInfo).port;
  const ownOrigins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  const refuse = (reason: RefusalReason, path: string) =>
    options.refused?.(reason, {
      method: request.method ?? '',
      path,
      host: request.headers.host ?? '',
      origin: request.headers.origin ?? null,
    });
  if (!ownOrigins.some((origin) => origin === `http://${request.headers.host}`)) {
    refuse('host', pathOnly(request.url));
    return sendText(response, 421, 'Host không hợp lệ');
  }
  const url = new URL(request.url ?? '/', `http://${request.headers.host}`);

  const offered = url.searchParams.get('token');
  if (url.pathname === '/' && offered !== null) {
    if (!sameSecret(offered, options.token)) {
      refuse('token', url.pathname);
      return sendText(response, 401, 'Đường dẫn không đúng hoặc đã cũ.');
    }
    response.writeHead(303, {
      'Set-Cookie': `${COOKIE}=${options.token}; HttpOnly; SameSite=Strict; Path=/`,
      Location: '/',
      'Cache-Control': 'no-store',
    });
    return response.end();
  }
  if (!sameSecret(readCookie(request, COOKIE) ?? '', options.token)) {
    refuse('token', url.pathname);
    return sendText(response, 401, 'Hãy mở Newsdesk bằng đường dẫn mà lệnh "newsdesk serve" đã in ra.');
  }

  if (url.pathname.startsWith('/api/')) {
    if (request.method !== 'POST') return sendJson(response, 405, errorBody(msg('error.bridge.postOnly'), 'method'));
    if (!ownOrigins.includes(request.headers.origin ?? '')) {
      options.log(`bridge: dropped ${url.pathname} from origin ${request.headers.origin ?? '(none)'}`);
      refuse('origin', url.pathname);
      return sendJson(response, 403, errorBody(msg('error.bridge.foreignOrigin'), 'forbidden'));
    }
    return callApi(options, url.pathname.slice('/api/'.length), request, response);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method Not Allowed');
  const rawPath = (request.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  return sendFile(response, appFileFor(rawPath, options));
}

async function callApi(options: BridgeOptions, channel: string, request: IncomingMessage, response: ServerResponse) {
  const spec = channelByName.get(channel as never);
  if (!spec) return sendJson(response, 404, errorBody(msg('error.contract.unknownMethod', { channel }), 'not-found'));
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(response, 415, errorBody(msg('error.bridge.jsonOnly'), 'bad-input'));
  }
  try {
    const body = JSON.parse(await readBody(request)) as { args?: unknown };
    const result = await invoke(options.api, spec, parseArgs(spec, body.args ?? []));
    sendJson(response, 200, { result });
  } catch (error) {
    if (error instanceof NewsdeskError) {
      return sendJson(response, STATUS_OF_ERROR[error.code], errorBody(error, error.code));
    }
    if (error instanceof SyntaxError) return sendJson(response, 400, errorBody(msg('error.bridge.badJson'), 'bad-input'));
    throw error;
  }
}

async function sendFile(response: ServerResponse, path: string | null) {
  const info = path ? await stat(path).catch(() => null) : null;
  if (!path || !info?.isFile()) return sendText(response, 404, 'Không tìm thấy');
  response.writeHead(200, {
    ...securityHeaders(),
    'Content-Type': contentTypeOf(path),
    'Content-Length': info.size,
  });
  createReadStream(path).pipe(response);
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { ...securityHeaders(), 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

function sendText(response: ServerResponse, status: number, text: string) {
  response.writeHead(status, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function securityHeaders() {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** The path of a request line without its query (which may hold the token). */
function pathOnly(requestUrl: string | undefined): string {
  return (requestUrl ?? '/').split(/[?#]/, 1)[0] ?? '/';
}

function readCookie(request: IncomingMessage, name: string): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

function sameSecret(offered: string, expected: string): boolean {
  const a = Buffer.from(offered);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A refusal as JSON: the Vietnamese line, its kind, and its key and parameters so the page shows it in its own language. */
function errorBody(message: CoreMessage, code: string) {
  return { error: { message: coreText('vi', message), code, key: message.key, ...(message.params ? { params: message.params } : {}) } };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(NewsdeskError.of(msg('error.bridge.tooLarge')));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
