/** A failed service call; `message` is meant for the user, `code` lets the UI react to the kind. */
export class ApiCallError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

export const NETWORK_ERROR_CODE = 'network';
