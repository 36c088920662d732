import { channels, type ChannelName, type NewsdeskApi } from '../../core/api.ts';
import { ApiCallError, NETWORK_ERROR_CODE } from './ApiCallError.ts';

interface BridgeReply {
  result?: unknown;
  error?: { message?: unknown; code?: unknown; key?: unknown; params?: unknown };
}

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** The browser-mode client: every channel of the contract becomes `POST /api/<channel>`. */
export function createHttpClient(fetchImpl: Fetch = (input, init) => fetch(input, init), apiBase = 'api/'): NewsdeskApi {
  const services: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const spec of channels) {
    const service = (services[spec.service] ??= {});
    service[spec.method] = (...args: unknown[]) => call(fetchImpl, apiBase, spec.channel, args);
  }
  return services as unknown as NewsdeskApi;
}

async function call(fetchImpl: Fetch, apiBase: string, channel: ChannelName, args: unknown[]): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(`${apiBase}${channel}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ args: withoutTrailingUndefined(args) }),
    });
  } catch (cause) {
    throw new ApiCallError(cause instanceof Error ? cause.message : String(cause), NETWORK_ERROR_CODE);
  }
  const text = await response.text();
  const reply = parseReply(text);
  if (!response.ok) {
    const message =
      typeof reply?.error?.message === 'string' && reply.error.message !== '' ? reply.error.message : plainMessage(text, response, channel);
    const code = typeof reply?.error?.code === 'string' ? reply.error.code : `http-${response.status}`;
    const key = typeof reply?.error?.key === 'string' ? reply.error.key : undefined;
    const params =
      typeof reply?.error?.params === 'object' && reply.error.params !== null ? (reply.error.params as Record<string, unknown>) : undefined;
    throw new ApiCallError(message, code, response.status, key, params);
  }
  if (text.trim() !== '' && reply === undefined) {
    throw new ApiCallError(`${channel}: unreadable reply from the server (HTTP ${response.status})`, 'bad-reply', response.status);
  }
  return reply?.result;
}

function parseReply(text: string): BridgeReply | undefined {
  if (text.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as BridgeReply) : undefined;
  } catch {
    return undefined;
  }
}

/** The bridge answers some refusals (no session cookie, wrong host) in one line of plain text. */
function plainMessage(text: string, response: Response, channel: ChannelName): string {
  const line = text.trim();
  if (line !== '' && line.length <= 300 && !line.includes('\n') && !line.startsWith('<')) return line;
  return `${channel}: HTTP ${response.status} ${response.statusText}`.trim();
}

/** JSON turns an omitted optional argument (`undefined`) into `null`, which its schema would refuse: leave it out. */
function withoutTrailingUndefined(args: unknown[]): unknown[] {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  return args.slice(0, end);
}
