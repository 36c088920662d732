import { ApiCallError, NETWORK_ERROR_CODE } from '../api/ApiCallError.ts';
import type { Params, Translate } from '../i18n/translate.ts';
import { asSentence } from '../../core/model/asSentence.ts';
import { isCoreMessageKey, type CoreMessage } from '../../core/i18n/coreMessages.ts';

/**
 * The text to show for a failed call: a catalogued core message in the reader's language, else the
 * server's own message; ours when Newsdesk could not be reached.
 */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiCallError && error.code === NETWORK_ERROR_CODE) return t('app.networkError');
  const { key, params } = (error ?? {}) as { key?: unknown; params?: unknown };
  if (isCoreMessageKey(key)) return messageText({ key, params: (params ?? undefined) as CoreMessage['params'] }, t);
  return asSentence(error instanceof Error ? error.message : String(error));
}

/** Why a sync item waits or failed, as a sentence: in the reader's language, or in the words an older queue file kept. */
export function reasonText(reason: CoreMessage | string, t: Translate): string {
  return typeof reason === 'string' ? asSentence(reason) : messageText(reason, t);
}

/** A catalogued core message (a refusal, the portal check's report) as a sentence in the reader's language. */
export function messageText(message: CoreMessage, t: Translate): string {
  return asSentence(t(message.key, message.params as Params | undefined));
}
