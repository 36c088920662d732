import { coreText, type CoreMessage } from './i18n/coreMessages.ts';

/** The kinds of refusal: the bridge answers each with its HTTP status, the UI may react to the kind. */
export type NewsdeskErrorCode = 'bad-input' | 'not-found' | 'unauthorized' | 'forbidden' | 'conflict' | 'storage';

/**
 * An error the user should read: one line, in the user's terms. One made from a catalogued
 * message (`NewsdeskError.of`) carries its key and parameters, so the app and the command line
 * show it in the reader's language; its `message` is the Vietnamese text (logs, older callers).
 */
export class NewsdeskError extends Error {
  readonly key: CoreMessage['key'] | undefined;
  readonly params: CoreMessage['params'];

  constructor(
    message: string,
    readonly code: NewsdeskErrorCode = 'bad-input',
    detail?: CoreMessage,
  ) {
    super(message);
    this.name = 'NewsdeskError';
    this.key = detail?.key;
    this.params = detail?.params;
  }

  /** The error for a catalogued message. */
  static of(message: CoreMessage, code: NewsdeskErrorCode = 'bad-input'): NewsdeskError {
    return new NewsdeskError(coreText('vi', message), code, message);
  }
}

/** What travels with an error across IPC and the bridge so the page can show it in its own language. */
export function errorDetail(error: NewsdeskError): Partial<CoreMessage> {
  return error.key ? { key: error.key, ...(error.params ? { params: error.params } : {}) } : {};
}
