export type PortalErrorKind = 'unreachable' | 'tls' | 'timeout' | 'http' | 'bad-reply';

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|HOSTNAME|ALTNAME/i;

/** A failed exchange with the portal, with the message the user reads (Vietnamese, the portal's own detail included). */
export class PortalError extends Error {
  constructor(
    message: string,
    readonly kind: PortalErrorKind,
    readonly status?: number,
    /** The portal's own `detail` (or OAuth `error_description`). */
    readonly detail?: string,
    readonly pointer?: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'PortalError';
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

/** Turns what fetch threw into a PortalError naming the cause. */
export function networkError(error: unknown, url: string, timeoutMs: number): PortalError {
  const host = safeHost(url);
  const name = (error as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new PortalError(`cổng thông tin ${host} không trả lời trong ${Math.round(timeoutMs / 100) / 10} giây`, 'timeout');
  }
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? '';
  if (TLS_CODES.test(code) || TLS_CODES.test(cause?.message ?? '')) {
    return new PortalError(`lỗi chứng chỉ TLS của ${host} (${code || cause?.message}): kết nối HTTPS không an toàn nên đã dừng`, 'tls');
  }
  const why = code || cause?.message || (error as Error)?.message || 'lỗi mạng';
  return new PortalError(`không kết nối được với cổng thông tin ${host} (${why})`, 'unreachable');
}

/** Turns a JSON:API error answer into a PortalError with the portal's `detail`. */
export function httpError(status: number, body: unknown, retryAfterMs: number | undefined): PortalError {
  const first = (body as { errors?: Array<{ detail?: unknown; title?: unknown; source?: { pointer?: unknown } }> } | null)?.errors?.[0];
  const oauth = body as { error_description?: unknown; message?: unknown } | null;
  const detail = String(first?.detail ?? first?.title ?? oauth?.error_description ?? oauth?.message ?? '').trim();
  const pointer = typeof first?.source?.pointer === 'string' ? first.source.pointer : undefined;
  const said = detail ? `: ${detail}` : '';
  let message: string;
  switch (status) {
    case 405:
      message = 'cổng thông tin không nhận ghi dữ liệu: hãy bật quyền ghi ở /admin/config/services/jsonapi';
      break;
    case 401:
      message = `cổng thông tin từ chối đăng nhập (401): sai tên đăng nhập hoặc mật khẩu${said}`;
      break;
    case 403:
      message = `cổng thông tin không cho phép thao tác này (403)${said}`;
      break;
    case 415:
      message = `cổng thông tin không nhận kiểu dữ liệu gửi lên (415)${said}`;
      break;
    case 422:
      message = transitionRefusal(detail) ?? `cổng thông tin báo dữ liệu không hợp lệ (422${pointer ? `, ${pointer}` : ''})${said}`;
      break;
    case 503:
      message = `cổng thông tin đang bận (503)${said}`;
      break;
    default:
      message = `cổng thông tin trả lời lỗi HTTP ${status}${said}`;
  }
  return new PortalError(message, 'http', status, detail || undefined, pointer, retryAfterMs);
}

const STATE_NAMES: Record<string, string> = {
  draft: 'Bản nháp',
  'needs review': 'Chờ duyệt',
  review: 'Chờ duyệt',
  published: 'Đã đăng',
  archived: 'Lưu trữ',
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
function transitionRefusal(detail: string): string | null {
  const denied = /You do not have access to transition from (.+?) to (.+?)\.?$/i.exec(detail);
  if (denied) {
    const [from, to] = [denied[1]!.trim(), denied[2]!.trim()];
    const name = (state: string) => STATE_NAMES[state.toLowerCase()] ?? state;
    const transition = TRANSITION_OF_TARGET[to.toLowerCase()] ?? to.toLowerCase().replace(/\s+/g, '_');
    return `tài khoản cổng thông tin này không được chuyển bài từ "${name(from)}" sang "${name(to)}": cần quyền "use editorial transition ${transition}" trên cổng`;
  }
  const invalid = /Invalid state transition from (.+?) to (.+?)\.?$/i.exec(detail);
  if (invalid) return `quy trình duyệt của cổng thông tin không có bước từ "${invalid[1]}" sang "${invalid[2]}" (422)`;
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
