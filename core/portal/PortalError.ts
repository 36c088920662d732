import type { NewsdeskError } from '../errors.ts';
import { WorkflowError } from '../model/workflow.ts';
import { coreText, msg, type CoreMessage, type CoreMessageKey } from '../i18n/coreMessages.ts';

export type PortalErrorKind = 'unreachable' | 'tls' | 'timeout' | 'http' | 'bad-reply';

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|HOSTNAME|ALTNAME/i;

/**
 * A failed exchange with the portal, as a catalogued message (the portal's own detail included) so
 * that each reader sees it in their language; its `message` is the Vietnamese text (logs).
 */
export class PortalError extends Error {
  readonly key: CoreMessage['key'];
  readonly params: CoreMessage['params'];

  constructor(
    reason: CoreMessage,
    readonly kind: PortalErrorKind,
    readonly status?: number,
    /** The portal's own `detail` (or OAuth `error_description`). */
    readonly detail?: string,
    readonly pointer?: string,
    readonly retryAfterMs?: number,
  ) {
    super(coreText('vi', reason));
    this.name = 'PortalError';
    this.key = reason.key;
    this.params = reason.params;
  }

  /** Why, as a message to translate where it is shown (a queue entry, the sync screen, the command line). */
  get reason(): CoreMessage {
    return failureReason(this);
  }

  /** Worth trying again later: the network, a timeout, or the portal's own trouble (5xx, 429). */
  get retriable(): boolean {
    if (this.kind === 'unreachable' || this.kind === 'timeout') return true;
    return this.kind === 'http' && this.status !== undefined && (this.status >= 500 || this.status === 429);
  }

  /** Nothing else in the batch can succeed either: no network, bad credentials, writes refused, TLS. */
  get stopsBatch(): boolean {
    return this.kind === 'unreachable' || this.kind === 'timeout' || this.kind === 'tls' || this.status === 401 || this.status === 405;
  }
}

/** Why an article did not go or come: the portal's failure, or a refusal of Newsdesk's own rules. */
export function failureReason(error: PortalError | NewsdeskError | WorkflowError): CoreMessage {
  if (error instanceof WorkflowError) return error.detail;
  return error.params ? { key: error.key, params: error.params } : { key: error.key };
}

/** Turns what fetch threw into a PortalError naming the cause. */
export function networkError(error: unknown, url: string, timeoutMs: number): PortalError {
  const host = safeHost(url);
  const name = (error as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    // A number, so that each language writes it its own way (0,3 giây; 0.3 seconds).
    return new PortalError(msg('portal.error.timeout', { host, seconds: Math.round(timeoutMs / 100) / 10 }), 'timeout');
  }
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? '';
  if (TLS_CODES.test(code) || TLS_CODES.test(cause?.message ?? '')) {
    return new PortalError(msg('portal.error.tls', { host, code: code || cause?.message || '' }), 'tls');
  }
  const why = code || cause?.message || (error as Error)?.message || msg('portal.error.networkFault');
  return new PortalError(msg('portal.error.unreachable', { host, why }), 'unreachable');
}

const STATUS_MESSAGES: Record<number, CoreMessageKey> = {
  401: 'portal.error.signInRefused',
  403: 'portal.error.forbidden',
  415: 'portal.error.unsupportedType',
  503: 'portal.error.busy',
};

/** Turns a JSON:API error answer into a PortalError with the portal's `detail`. */
export function httpError(status: number, body: unknown, retryAfterMs: number | undefined): PortalError {
  const first = (body as { errors?: Array<{ detail?: unknown; title?: unknown; source?: { pointer?: unknown } }> } | null)?.errors?.[0];
  const oauth = body as { error_description?: unknown; message?: unknown } | null;
  const detail = String(first?.detail ?? first?.title ?? oauth?.error_description ?? oauth?.message ?? '').trim();
  const pointer = typeof first?.source?.pointer === 'string' ? first.source.pointer : undefined;
  let reason = status === 422 ? transitionRefusal(detail) : null;
  // Writes turned off: the way to turn them on says all; the portal's own words add nothing.
  if (status === 405) reason = msg('portal.error.writesOff');
  if (!reason) {
    const key = STATUS_MESSAGES[status];
    const own = key ? msg(key) : statusMessage(status, pointer);
    reason = detail ? msg('portal.error.saidDetail', { reason: own, detail }) : own;
  }
  return new PortalError(reason, 'http', status, detail || undefined, pointer, retryAfterMs);
}

function statusMessage(status: number, pointer: string | undefined): CoreMessage {
  if (status !== 422) return msg('portal.error.httpStatus', { status: String(status) });
  return pointer ? msg('portal.error.invalidAt', { pointer }) : msg('portal.error.invalid');
}

const STATE_NAMES: Record<string, CoreMessageKey> = {
  draft: 'portal.state.draft',
  'needs review': 'portal.state.review',
  review: 'portal.state.review',
  published: 'portal.state.published',
  archived: 'portal.state.archived',
};
const TRANSITION_OF_TARGET: Record<string, string> = {
  draft: 'create_new_draft',
  'needs review': 'submit_for_review',
  review: 'submit_for_review',
  published: 'publish',
  archived: 'archive',
};

/**
 * Content moderation's 422 for a move the account may not make, as a sentence a person reads:
 * which move, and the permission the portal's administrator would have to give.
 */
function transitionRefusal(detail: string): CoreMessage | null {
  const denied = /You do not have access to transition from (.+?) to (.+?)\.?$/i.exec(detail);
  if (denied) {
    const [from, to] = [denied[1]!.trim(), denied[2]!.trim()];
    const name = (state: string) => {
      const key = STATE_NAMES[state.toLowerCase()];
      return key ? msg(key) : state;
    };
    const transition = TRANSITION_OF_TARGET[to.toLowerCase()] ?? to.toLowerCase().replace(/\s+/g, '_');
    return msg('portal.error.transitionDenied', { from: name(from), to: name(to), transition });
  }
  const invalid = /Invalid state transition from (.+?) to (.+?)\.?$/i.exec(detail);
  if (invalid) return msg('portal.error.noSuchTransition', { from: invalid[1]!, to: invalid[2]! });
  return null;
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
