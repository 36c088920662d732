/** What a route answers; the server writes it (or, under a fault, drops it after the work is done). */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

export const JSON_API = 'application/vnd.api+json';
const JSON_API_VERSION = { version: '1.0', meta: { links: { self: { href: 'http://jsonapi.org/format/1.0/' } } } };

export function jsonApi(status: number, document: Record<string, unknown>, headers: Record<string, string> = {}): Reply {
  return {
    status,
    headers: { 'Content-Type': JSON_API, ...headers },
    body: JSON.stringify({ jsonapi: JSON_API_VERSION, ...document }),
  };
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** A JSON:API error document, shaped as Drupal's jsonapi module writes it. */
export function jsonApiError(status: number, detail: string, options: { pointer?: string; headers?: Record<string, string> } = {}): Reply {
  const error: Record<string, unknown> = { title: TITLES[status] ?? 'Error', status: String(status), detail };
  if (options.pointer) error.source = { pointer: options.pointer };
  return jsonApi(status, { errors: [error] }, options.headers);
}

/** Thrown by a route to answer with a JSON:API error. */
export class PortalRefusal extends Error {
  constructor(
    readonly status: number,
    detail: string,
    readonly pointer?: string,
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
  }

  reply(): Reply {
    return jsonApiError(this.status, this.message, { pointer: this.pointer, headers: this.headers });
  }
}

export function html(status: number, page: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers }, body: page };
}
