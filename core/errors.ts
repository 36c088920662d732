import { coreText, type CoreLanguage, type CoreMessage, type CoreParam } from './i18n/coreMessages.ts';

/** The kinds of refusal: the bridge answers each with its HTTP status, the UI may react to the kind. */
export type NewsdeskErrorCode = 'bad-input' | 'not-found' | 'unauthorized' | 'forbidden' | 'conflict' | 'storage';

/**
 * An error the user should read: one line, in the user's terms. It is made only from a catalogued
 * message (its key and parameters), so the app, the shell and the command line show it in the
 * reader's language; its `message` is the Vietnamese text (logs, older callers).
 */
export class NewsdeskError extends Error {
  readonly key: CoreMessage['key'];
  readonly params: CoreMessage['params'];

  constructor(
    detail: CoreMessage,
    readonly code: NewsdeskErrorCode = 'bad-input',
  ) {
    super(coreText('vi', detail));
    this.name = 'NewsdeskError';
    this.key = detail.key;
    this.params = detail.params;
  }

  /** The error for a catalogued message. */
  static of(message: CoreMessage, code: NewsdeskErrorCode = 'bad-input'): NewsdeskError {
    return new NewsdeskError(message, code);
  }
}

/** What travels with an error across IPC and the bridge so the page can show it in its own language. */
export function errorDetail(error: NewsdeskError): Partial<CoreMessage> {
  return { key: error.key, ...(error.params ? { params: error.params } : {}) };
}

/** A failure as a reader of `language` sees it: a NewsdeskError in their language, anything else in its own words. */
export function errorInLanguage(error: unknown, language: CoreLanguage): string {
  if (error instanceof NewsdeskError) return coreText(language, error);
  return error instanceof Error ? error.message : String(error);
}

/** A failure as a parameter of another message: a NewsdeskError's catalogued message (read in the reader's language), anything else in its own words. */
export function errorReason(error: unknown): CoreParam {
  if (error instanceof NewsdeskError) return { key: error.key, params: error.params };
  return error instanceof Error ? error.message : String(error);
}
