/** A failed service call; `message` is meant for the user, `code` lets the UI react to the kind. */
export class ApiCallError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status?: number,
    /** The catalogued message (`error.*`), for the page to show in its language. */
    readonly key?: string,
    readonly params?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

export const NETWORK_ERROR_CODE = 'network';
